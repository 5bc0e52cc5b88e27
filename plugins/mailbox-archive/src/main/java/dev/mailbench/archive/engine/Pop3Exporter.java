package dev.mailbench.archive.engine;

import dev.mailbench.imap.ConnectionProblems;
import dev.mailbench.imap.FetchedMessage;
import dev.mailbench.imap.HeaderScan;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.Pop3Connection;
import dev.mailbench.imap.Pop3Connection.Pop3Message;
import dev.mailbench.kit.net.Backoff;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Exports a POP3-only account: the maildrop becomes one folder, {@value #FOLDER}, in the same archive layout,
 * formats and manifests as an IMAP export. POP3 has no UIDs, UIDVALIDITY, flags or internal dates, so
 *
 * <ul>
 *   <li>the key of a message is its UIDL: a run fetches (RETR, never DELE) what the manifest does not hold yet;</li>
 *   <li>{@code uid} in the manifest is the archive's own running number (file names use it), {@code uidValidity} 0,
 *       so the one generation is {@code #v0};</li>
 *   <li>the date (mbox From_ line, Maildir file name) is the message's {@code Date:} header, or the fetch time.</li>
 * </ul>
 * Same durability and resume as IMAP: bytes are written and synced before their manifest lines.
 * One connection: POP3 servers commonly lock the maildrop per session.
 */
public final class Pop3Exporter {
    public static final String FOLDER = "INBOX";
    /** POP3 has no UIDVALIDITY: one generation. */
    public static final long GENERATION = 0;

    /** Opens sessions; tests substitute one that breaks on purpose. */
    @FunctionalInterface
    public interface Connector {
        Pop3Connection open() throws IOException, MessagingException;
    }

    /** The connector of one export: a real account's sessions take the run's stall timeout. */
    private final java.util.function.Function<ArchiveExporter.Options, Connector> connectors;

    public Pop3Exporter(ImapAccount account) {
        this.connectors = o -> () -> Pop3Connection.open(account, o.stallTimeout());
    }

    public Pop3Exporter(Connector connector) {
        this.connectors = o -> connector;
    }

    public ExportReport export(String host, String user, ArchiveExporter.Options o, ArchiveExporter.Progress progress,
                               BooleanSupplier cancelled) throws IOException, MessagingException {
        if (o.since() != null) {
            throw new IllegalArgumentException("POP3 has no arrival dates: --since works with IMAP only"
                    + " / POP3 では受信日で絞り込めません（IMAP のみ）");
        }
        if (!o.folders().isEmpty() && !o.folders().equals(List.of(FOLDER))) {
            throw new IllegalArgumentException("POP3 has one folder, INBOX / POP3 のフォルダーは INBOX だけです");
        }
        try (ArchiveLock lock = ArchiveLock.acquire(o.out())) {
            return exportLocked(host, user, o, progress, cancelled);
        }
    }

    private ExportReport exportLocked(String host, String user, ArchiveExporter.Options o,
                                      ArchiveExporter.Progress progress, BooleanSupplier cancelled)
            throws IOException, MessagingException {
        long t0 = System.nanoTime();
        ArchiveIndex index = ArchiveIndex.openOrCreate(o.out(), o.format(), ArchiveIndex.POP3, host, user);
        ArchiveIndex.FolderEntry entry = index.track(FOLDER, '/', GENERATION);
        index.save();
        Path genDir = index.resolve(entry.generationDir());
        Files.createDirectories(genDir);
        Manifest manifest = Manifest.load(genDir);
        Set<String> have = new HashSet<>();
        long lastLocalUid = 0;
        for (ManifestEntry e : manifest.entries()) {
            have.add(e.uidl());
            lastLocalUid = Math.max(lastLocalUid, e.uid());
        }
        List<ExportReport.Failure> failures = new ArrayList<>();
        int fetched = 0;
        long bytes = 0;
        boolean stopped = false;
        Session session = new Session(connectors.apply(o), progress, cancelled);
        try (MessageSink sink = MessageSink.open(o.format(), genDir)) {
            sink.recover(manifest.entries());
            List<Pop3Message> onServer = session.list(o);
            List<Pop3Message> todo = onServer.stream().filter(m -> !have.contains(m.uidl())).toList();
            progress.planned(todo.size(), todo.stream().mapToLong(Pop3Message::size).sum());
            int i = 0;
            while (i < todo.size()) {
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                List<Pop3Message> batch = nextBatch(todo, i, o);
                i += batch.size();
                Map<String, byte[]> got;
                try {
                    got = session.retrieve(batch, o);
                } catch (IOException | MessagingException e) {
                    // the session could not be re-established: everything not yet fetched is reported
                    for (Pop3Message m : todo.subList(i - batch.size(), todo.size())) {
                        failures.add(failure(m, ArchiveExporter.classify(e), ArchiveExporter.describe(e)));
                    }
                    break;
                }
                List<ManifestEntry> entries = new ArrayList<>(batch.size());
                for (Pop3Message m : batch) {
                    byte[] raw = got.get(m.uidl());
                    if (raw == null) {
                        failures.add(failure(m, "not returned by the server",
                                "deleted on the server during the export? / 取得中にサーバーで削除された可能性"));
                        continue;
                    }
                    FetchedMessage fm = new FetchedMessage(++lastLocalUid, List.of(), dateOf(raw), raw.length, raw, 0,
                            raw.length);
                    MessageSink.Stored s = sink.write(fm);
                    entries.add(new ManifestEntry(GENERATION, fm.uid(), fm.internalDate().toString(), raw.length,
                            List.of(), fm.messageId(), fm.sha256(), s.file(), s.offset(), s.stored(), s.end(), m.uidl()));
                }
                sink.sync();
                manifest.append(entries);
                for (ManifestEntry e : entries) {
                    fetched++;
                    bytes += e.size();
                    progress.messageArchived(FOLDER, e.size());
                }
            }
            if (!stopped && failures.isEmpty()) {
                index.markComplete(FOLDER, 0, onServer.size());
                index.save();
            }
            var result = new ExportReport.FolderResult(FOLDER, genDir.getFileName().toString(), GENERATION, false,
                    onServer.size(), onServer.size() - todo.size(), fetched, bytes);
            return new ExportReport(List.of(result), failures, stopped, Duration.ofNanos(System.nanoTime() - t0));
        } finally {
            session.close();
        }
    }

    private static ExportReport.Failure failure(Pop3Message m, String cause, String detail) {
        return new ExportReport.Failure(FOLDER, -1, cause, "UIDL " + m.uidl() + ": " + detail);
    }

    private static List<Pop3Message> nextBatch(List<Pop3Message> todo, int from, ArchiveExporter.Options o) {
        long sum = 0;
        int to = from;
        while (to < todo.size() && to - from < o.batchMessages()
                && (to == from || sum + todo.get(to).size() <= o.batchBytes())) {
            sum += todo.get(to).size();
            to++;
        }
        return todo.subList(from, to);
    }

    /** The Date: header, else now: POP3 tells nothing about arrival. */
    static Instant dateOf(byte[] raw) {
        String date = HeaderScan.value(raw, 0, raw.length, "date:");
        if (!date.isEmpty()) {
            try {
                java.util.Date d = new jakarta.mail.internet.MailDateFormat().parse(date);
                if (d != null) {
                    return d.toInstant();
                }
            } catch (java.text.ParseException | RuntimeException unparsable) {
                // fall through to the fetch time
            }
        }
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /**
     * The POP3 session with reconnect: message numbers are only valid within one session, so after a reconnect
     * the listing is read again and messages are asked for by UIDL.
     */
    private static final class Session implements AutoCloseable {
        private final Connector connector;
        private final ArchiveExporter.Progress progress;
        private final BooleanSupplier cancelled;
        private Pop3Connection connection;
        private Map<String, Integer> numbers = new HashMap<>();

        Session(Connector connector, ArchiveExporter.Progress progress, BooleanSupplier cancelled) {
            this.connector = connector;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        List<Pop3Message> list(ArchiveExporter.Options o) throws IOException, MessagingException {
            IOException last = null;
            Backoff backoff = o.backoff();
            for (int attempt = 0; backoff.allows(attempt); attempt++) {
                if (attempt > 0) {
                    progress.reconnecting(null, last, attempt);
                }
                // a cancel only cuts the wait short: the export loop stops at its next check
                backoff.pause(attempt, cancelled);
                try {
                    return connect();
                } catch (IOException e) {
                    reset();
                    if (!ConnectionProblems.isTransient(e)) {
                        throw e; // an untrusted certificate or a refused port: trying again cannot help
                    }
                    last = e;
                }
            }
            throw last;
        }

        private List<Pop3Message> connect() throws IOException, MessagingException {
            reset();
            connection = connector.open();
            List<Pop3Message> all = connection.list();
            numbers = new HashMap<>();
            all.forEach(m -> numbers.put(m.uidl(), m.number()));
            return all;
        }

        /** UIDL → bytes of what the server still has; retried with back-off after reconnecting. */
        Map<String, byte[]> retrieve(List<Pop3Message> batch, ArchiveExporter.Options o)
                throws IOException, MessagingException {
            IOException last = null;
            Backoff backoff = o.backoff();
            for (int attempt = 0; backoff.allows(attempt); attempt++) {
                if (attempt > 0) {
                    progress.reconnecting(FOLDER, last, attempt);
                }
                // a cancel only cuts the wait short: the export loop stops at its next check
                backoff.pause(attempt, cancelled);
                try {
                    if (connection == null) {
                        connect();
                    }
                    List<String> uidls = new ArrayList<>();
                    List<Integer> wanted = new ArrayList<>();
                    for (Pop3Message m : batch) {
                        Integer n = numbers.get(m.uidl());
                        if (n != null) {
                            uidls.add(m.uidl());
                            wanted.add(n);
                        }
                    }
                    List<byte[]> raw = connection.retrieve(wanted);
                    Map<String, byte[]> out = new HashMap<>();
                    for (int k = 0; k < raw.size(); k++) {
                        if (raw.get(k) != null) {
                            out.put(uidls.get(k), raw.get(k));
                        }
                    }
                    return out;
                } catch (IOException e) {
                    reset();
                    if (!ConnectionProblems.isTransient(e)) {
                        throw e; // an untrusted certificate or a refused port: trying again cannot help
                    }
                    last = e;
                }
            }
            throw last;
        }

        private void reset() {
            if (connection != null) {
                connection.close();
            }
            connection = null;
        }

        @Override
        public void close() {
            reset();
        }
    }
}
