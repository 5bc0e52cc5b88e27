package dev.mailbench.imap;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Quota;
import jakarta.mail.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.INTERNALDATE;
import org.eclipse.angus.mail.imap.protocol.RFC822SIZE;
import org.eclipse.angus.mail.imap.protocol.Status;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.eclipse.angus.mail.iap.ByteArray;

/**
 * One logged-in IMAP connection over TLS (IMAPS, or STARTTLS when the account says so). Folders are opened
 * read-only ({@code EXAMINE}) and bodies are fetched with
 * {@code BODY.PEEK[]}, so an export never changes a flag on the server.
 */
public final class ImapConnection implements AutoCloseable {
    private final IMAPStore store;
    private IMAPFolder open;
    /** Asked once right after login: later, with a folder open, Angus would open another connection to ask. */
    private final boolean condstore;

    private ImapConnection(IMAPStore store) throws MessagingException {
        this.store = store;
        this.condstore = store.hasCapability("CONDSTORE");
    }

    /**
     * How long a server may send nothing while MailBench waits for it before the connection counts as stalled:
     * long enough for a busy server to start an answer, short enough that a hung connection is noticed and
     * reopened well before anyone gives up on the run.
     */
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(30);
    /** Connecting never waits longer than this, whatever the stall timeout. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    /** Logs in with the {@link #DEFAULT_STALL_TIMEOUT}. */
    public static ImapConnection open(ImapAccount account) throws MessagingException {
        return open(account, DEFAULT_STALL_TIMEOUT);
    }

    /**
     * Logs in; every later read or write fails with a timeout once the server has been silent (or has not taken
     * data) for {@code stallTimeout}. The limit is on silence, not on the length of an operation: a large message
     * arriving slowly keeps resetting it, so a slow healthy FETCH is never cut, while a FETCH that stops in the
     * middle of its literal fails as quickly as a server that never answers a command
     * ({@link ConnectionProblems#isStalled}).
     */
    public static ImapConnection open(ImapAccount account, Duration stallTimeout) throws MessagingException {
        if (stallTimeout.isNegative() || stallTimeout.isZero()) {
            throw new IllegalArgumentException("stall timeout must be positive: " + stallTimeout);
        }
        String silence = String.valueOf(stallTimeout.toMillis());
        boolean implicit = account.tls() == TlsMode.IMPLICIT_TLS;
        String protocol = implicit ? "imaps" : "imap";
        String k = "mail." + protocol + ".";
        Properties p = new Properties();
        if (implicit) {
            p.put(k + "ssl.enable", "true");
            // Without this a failed handshake is retried with the JVM's default trust, and the user is told about
            // that second failure (an unknown CA) instead of the real one (e.g. a certificate for another host name).
            p.put(k + "socketFactory.fallback", "false");
        } else {
            // required: a server that does not offer STARTTLS is refused before the password is sent
            p.put(k + "starttls.enable", "true");
            p.put(k + "starttls.required", "true");
        }
        // used for the first byte (IMAPS) and for the STARTTLS upgrade alike
        p.put(k + "ssl.socketFactory", account.sslContext().getSocketFactory());
        p.put(k + "ssl.checkserveridentity", "true");
        p.put(k + "peek", "true");
        // Angus fetches 16 KB per round trip by default; whole messages in one literal are far faster.
        p.put(k + "partialfetch", "false");
        p.put(k + "connectiontimeout", String.valueOf(Math.min(CONNECT_TIMEOUT.toMillis(), stallTimeout.toMillis())));
        // SO_TIMEOUT: the longest silence of one read, during the handshake, the login, between responses and
        // inside a literal alike
        p.put(k + "timeout", silence);
        p.put(k + "writetimeout", silence);
        // Jakarta Mail finds its providers through the context class loader; under PF4J that is the host's,
        // which does not see the Angus classes bundled in this plugin.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ImapConnection.class.getClassLoader());
        try {
            Session session = Session.getInstance(p);
            IMAPStore store = (IMAPStore) session.getStore(protocol);
            store.connect(account.host(), account.port(), account.user(), new String(account.password()));
            return new ImapConnection(store);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Every selectable folder, names decoded from modified UTF-7. */
    public List<IMAPFolder> folders() throws MessagingException {
        List<IMAPFolder> out = new ArrayList<>();
        for (Folder f : store.getDefaultFolder().list("*")) {
            if ((f.getType() & Folder.HOLDS_MESSAGES) != 0) {
                out.add((IMAPFolder) f);
            }
        }
        return out;
    }

    /** Opens {@code name} read-only, closing the previously opened folder. */
    public IMAPFolder examine(String name) throws MessagingException {
        closeFolder();
        IMAPFolder f = (IMAPFolder) store.getFolder(name);
        f.open(Folder.READ_ONLY);
        open = f;
        return f;
    }

    public char separator() throws MessagingException {
        return store.getDefaultFolder().getSeparator();
    }

    /** Storage quota of INBOX's quota root, in bytes: {used, limit}; null when the server has no QUOTA. */
    public long[] storageQuota() throws MessagingException {
        if (!store.hasCapability("QUOTA")) {
            return null;
        }
        for (Quota q : store.getQuota("INBOX")) {
            for (Quota.Resource r : q.resources) {
                if ("STORAGE".equalsIgnoreCase(r.name)) {
                    return new long[] {r.usage * 1024, r.limit * 1024};
                }
            }
        }
        return null;
    }

    /** UID, size, internal date and flags of every message of the open folder, lightest fetch possible. */
    public List<MessageSummary> summaries(IMAPFolder folder) throws MessagingException {
        if (folder.getMessageCount() == 0) {
            return List.of();
        }
        List<MessageSummary> out = new ArrayList<>();
        for (FetchResponse fr : uidFetch(folder, "1:*", "(UID RFC822.SIZE INTERNALDATE FLAGS)")) {
            out.add(new MessageSummary(fr.getItem(UID.class).uid, fr.getItem(RFC822SIZE.class).size,
                    internalDate(fr), flags(fr)));
        }
        return out;
    }

    /** The exact bytes of the given UIDs (BODY.PEEK[]: \Seen stays as it was). Missing UIDs are simply absent. */
    public List<FetchedMessage> fetchRaw(IMAPFolder folder, List<Long> uids) throws MessagingException {
        List<FetchedMessage> out = new ArrayList<>(uids.size());
        for (FetchResponse fr : uidFetch(folder, UidSet.of(uids), "(UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[])")) {
            UID uid = fr.getItem(UID.class);
            BODY body = fr.getItem(BODY.class);
            if (uid == null || body == null) {
                continue;
            }
            ByteArray ba = body.getByteArray();
            RFC822SIZE size = fr.getItem(RFC822SIZE.class);
            out.add(new FetchedMessage(uid.uid, flags(fr), internalDate(fr), size == null ? ba.getCount() : size.size,
                    ba.getBytes(), ba.getStart(), ba.getCount()));
        }
        return out;
    }

    /**
     * Headers (BODY.PEEK[HEADER]), sizes, internal dates and flags of the given UIDs; bodies are not transferred.
     * Missing UIDs are simply absent.
     */
    public List<FetchedHeader> fetchHeaders(IMAPFolder folder, List<Long> uids) throws MessagingException {
        List<FetchedHeader> out = new ArrayList<>(uids.size());
        if (uids.isEmpty()) {
            return out;
        }
        for (FetchResponse fr : uidFetch(folder, UidSet.of(uids), "(UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[HEADER])")) {
            BODY body = fr.getItem(BODY.class);
            RFC822SIZE size = fr.getItem(RFC822SIZE.class);
            if (body == null || size == null) {
                continue;
            }
            ByteArray ba = body.getByteArray();
            byte[] header = java.util.Arrays.copyOfRange(ba.getBytes(), ba.getStart(), ba.getStart() + ba.getCount());
            out.add(new FetchedHeader(fr.getItem(UID.class).uid, size.size, internalDate(fr), flags(fr), header));
        }
        return out;
    }

    /** The folder's hierarchy separator (each namespace may have its own). */
    public char separator(String folderName) throws MessagingException {
        return store.getFolder(folderName).getSeparator();
    }

    public boolean folderExists(String name) throws MessagingException {
        return store.getFolder(name).exists();
    }

    /**
     * Creates {@code name} (parents included, as the server needs) unless it exists. The name is encoded to
     * modified UTF-7 by the library; {@code separator} must be this server's.
     *
     * @return true when the folder was created now
     */
    public boolean createIfMissing(String name) throws MessagingException {
        Folder f = store.getFolder(name);
        if (f.exists()) {
            return false;
        }
        if (!f.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("CREATE " + name + " failed / フォルダーを作成できません");
        }
        return true;
    }

    /**
     * APPENDs the exact bytes {@code raw[offset, offset+length)} to {@code folder} with the given flags (\Recent is
     * the server's to set and is dropped) and internal date. The folder need not be open.
     *
     * @return the new message's UID when the server reports it (UIDPLUS), else -1
     */
    public long append(String folder, byte[] raw, int offset, int length, List<String> flags, Instant internalDate)
            throws MessagingException {
        Flags f = new Flags();
        for (String flag : flags) {
            Flags.Flag system = systemFlag(flag);
            if (system == Flags.Flag.RECENT) {
                continue;
            }
            if (system != null) {
                f.add(system);
            } else if (!flag.startsWith("\\")) {
                f.add(flag);
            }
        }
        java.util.Date date = java.util.Date.from(internalDate);
        org.eclipse.angus.mail.iap.Literal literal = literal(raw, offset, length);
        IMAPFolder target = (IMAPFolder) store.getFolder(folder);
        Object uid = target.doCommand(protocol -> {
            org.eclipse.angus.mail.imap.AppendUID a = protocol.appenduid(target.getFullName(), f, date, literal);
            return a == null ? -1L : a.uid;
        });
        return (Long) uid;
    }

    /** True when the server takes several messages in one APPEND (RFC 3502). */
    public boolean hasMultiAppend() throws MessagingException {
        return store.hasCapability("MULTIAPPEND");
    }

    /**
     * APPENDs all {@code messages} (exact bytes, flags without \Recent, internal dates) to {@code folder} in ONE command:
     * one round trip instead of one per message. The server stores all or none (RFC 3502), so a refusal or a broken
     * connection never leaves half a batch behind. Requires {@link #hasMultiAppend()}.
     */
    public void appendAll(String folder, List<FetchedMessage> messages) throws MessagingException {
        if (messages.isEmpty()) {
            return;
        }
        IMAPFolder target = (IMAPFolder) store.getFolder(folder);
        target.doCommand(protocol -> {
            org.eclipse.angus.mail.iap.Argument args = new org.eclipse.angus.mail.iap.Argument();
            args.writeString(org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder.encode(target.getFullName()));
            for (FetchedMessage m : messages) {
                args.writeAtom(flagList(m.flags()));
                args.writeString(INTERNALDATE.format(java.util.Date.from(m.internalDate())));
                args.writeBytes(literal(m.raw(), m.offset(), m.length()));
            }
            Response[] r = protocol.command("APPEND", args);
            protocol.notifyResponseHandlers(r);
            protocol.handleResult(r[r.length - 1]);
            return null;
        });
    }

    private static String flagList(List<String> flags) {
        StringBuilder sb = new StringBuilder("(");
        for (String flag : flags) {
            Flags.Flag system = systemFlag(flag);
            if (system == Flags.Flag.RECENT || (system == null && flag.startsWith("\\"))) {
                continue;
            }
            if (sb.length() > 1) {
                sb.append(' ');
            }
            sb.append(flag);
        }
        return sb.append(')').toString();
    }

    private static org.eclipse.angus.mail.iap.Literal literal(byte[] raw, int offset, int length) {
        return new org.eclipse.angus.mail.iap.Literal() {
            @Override
            public int size() {
                return length;
            }

            @Override
            public void writeTo(java.io.OutputStream os) throws java.io.IOException {
                os.write(raw, offset, length);
            }
        };
    }

    private static Flags.Flag systemFlag(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "\\seen" -> Flags.Flag.SEEN;
            case "\\answered" -> Flags.Flag.ANSWERED;
            case "\\flagged" -> Flags.Flag.FLAGGED;
            case "\\deleted" -> Flags.Flag.DELETED;
            case "\\draft" -> Flags.Flag.DRAFT;
            case "\\recent" -> Flags.Flag.RECENT;
            default -> null;
        };
    }

    private static List<FetchResponse> uidFetch(IMAPFolder folder, String set, String items) throws MessagingException {
        Object result = folder.doCommand(protocol -> {
            Response[] rs = protocol.command("UID FETCH " + set + " " + items, null);
            Response last = rs[rs.length - 1];
            if (!last.isOK()) {
                protocol.handleResult(last);
            }
            List<FetchResponse> fetched = new ArrayList<>();
            for (Response r : rs) {
                if (r instanceof FetchResponse fr && fr.getItem(UID.class) != null) {
                    fetched.add(fr);
                }
            }
            return fetched;
        });
        @SuppressWarnings("unchecked")
        List<FetchResponse> list = (List<FetchResponse>) result;
        return list;
    }

    private static Instant internalDate(FetchResponse fr) {
        INTERNALDATE d = fr.getItem(INTERNALDATE.class);
        return d == null ? Instant.EPOCH : d.getDate().toInstant();
    }

    private static List<String> flags(FetchResponse fr) {
        Flags f = fr.getItem(org.eclipse.angus.mail.imap.protocol.FLAGS.class);
        List<String> out = new ArrayList<>();
        if (f == null) {
            return out;
        }
        for (Flags.Flag sf : f.getSystemFlags()) {
            out.add(systemFlagName(sf));
        }
        out.addAll(List.of(f.getUserFlags()));
        return out;
    }

    private static String systemFlagName(Flags.Flag f) {
        if (f == Flags.Flag.SEEN) {
            return "\\Seen";
        } else if (f == Flags.Flag.ANSWERED) {
            return "\\Answered";
        } else if (f == Flags.Flag.FLAGGED) {
            return "\\Flagged";
        } else if (f == Flags.Flag.DELETED) {
            return "\\Deleted";
        } else if (f == Flags.Flag.DRAFT) {
            return "\\Draft";
        } else if (f == Flags.Flag.RECENT) {
            return "\\Recent";
        }
        return "\\User";
    }

    private void closeFolder() {
        if (open != null && open.isOpen()) {
            try {
                open.close(false);
            } catch (MessagingException ignored) {
                // closing a read-only folder changes nothing on the server; a dead connection is fine here
            }
        }
        open = null;
    }

    @Override
    public void close() {
        closeFolder();
        try {
            store.close();
        } catch (MessagingException ignored) {
            // logging out of a broken connection: nothing left to save
        }
    }

    /** Whether the server has CONDSTORE (RFC 7162): HIGHESTMODSEQ per folder, CHANGEDSINCE fetches. */
    public boolean hasCondstore() {
        return condstore;
    }

    /**
     * The folder's STATUS without opening it: one round trip, nothing listed. {@code highestModSeq} is -1 when
     * the server has no CONDSTORE.
     */
    public FolderStatus status(String name) throws MessagingException {
        boolean condstore = hasCondstore();
        String[] items = condstore ? new String[] {"MESSAGES", "UIDNEXT", "UIDVALIDITY", "HIGHESTMODSEQ"}
                : new String[] {"MESSAGES", "UIDNEXT", "UIDVALIDITY"};
        // through the open folder's connection when there is one: on a closed folder Angus would otherwise open a
        // second connection (another TLS handshake and login, and one more against the per-user limit)
        IMAPFolder via = open != null && open.isOpen() ? open : (IMAPFolder) store.getFolder(name);
        Status s = (Status) via.doCommand(protocol -> protocol.status(name, items));
        return new FolderStatus(name, s.uidvalidity, s.uidnext, s.total, condstore ? s.highestmodseq : -1);
    }

    /**
     * UID → flags of the messages of the open folder whose flags changed after {@code modSeq}
     * ({@code UID FETCH 1:* (UID FLAGS) (CHANGEDSINCE modSeq)}); needs CONDSTORE.
     */
    public java.util.Map<Long, List<String>> flagsChangedSince(IMAPFolder folder, long modSeq) throws MessagingException {
        java.util.Map<Long, List<String>> out = new java.util.LinkedHashMap<>();
        if (folder.getMessageCount() == 0) {
            return out;
        }
        for (FetchResponse fr : uidFetch(folder, "1:*", "(UID FLAGS) (CHANGEDSINCE " + modSeq + ")")) {
            out.put(fr.getItem(UID.class).uid, flags(fr));
        }
        return out;
    }

    /** A folder's STATUS; {@code highestModSeq} -1 without CONDSTORE. */
    public record FolderStatus(String name, long uidValidity, long uidNext, int messages, long highestModSeq) {
    }

    /** Lightweight per-message data for planning and inventory. */
    public record MessageSummary(long uid, long size, Instant internalDate, List<String> flags) {
    }

    /** Exceptions the protocol layer throws inside doCommand arrive wrapped; this unwraps them for reports. */
    public static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c && !(c instanceof ProtocolException)) {
            c = c.getCause();
        }
        return c;
    }
}
