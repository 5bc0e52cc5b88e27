package dev.mailbench.archive.engine;

import dev.mailbench.archive.engine.ArchiveVerifier.ProblemKind;
import dev.mailbench.imap.ConnectionProblems;
import dev.mailbench.imap.FetchedMessage;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import dev.mailbench.imap.Pop3Connection;
import dev.mailbench.kit.net.Backoff;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Repairs an archive from the server, the source of truth. Every recorded message whose stored copy is missing,
 * cut short or altered (verify's MISSING_FILE, SIZE_MISMATCH, HASH_MISMATCH, by {@link ArchiveVerifier#check}) is
 * fetched again by its key (IMAP: UID, {@code BODY.PEEK[]} in a folder opened read-only; POP3: UIDL, RETR), so no
 * flag changes on the server, and written back where its manifest line says. When the server's bytes differ from
 * the recorded ones, the server's are kept and the manifest line is updated (the whole manifest is replaced
 * atomically). A message the server no longer has keeps its manifest line and is reported, never dropped.
 *
 * <p>Messages of an older UIDVALIDITY generation cannot be fetched again (their UIDs now name other messages or
 * none); they are reported. Unreadable manifest lines are removed (their messages are fetched again by the next
 * export, which lists the folder again).
 */
public final class ArchiveRepairer {

    public enum Outcome {
        /** written again from the server; its bytes are the recorded ones */
        RESTORED,
        /** the server's bytes differ from the recorded ones: they are stored and the manifest line updated */
        REPLACED_BY_SERVER_COPY,
        /** an unreadable manifest line was removed; the next export fetches its message again */
        MANIFEST_LINE_REMOVED,
        /** the server no longer has the message: the damaged copy and its manifest line stay */
        GONE_FROM_SERVER,
        /** the folder is not on the server any more */
        FOLDER_GONE,
        /** the server's UIDVALIDITY is not the archive's, or the copy is in an older generation */
        UIDVALIDITY_CHANGED,
        /** the server could not be reached (cut, stalled, refused): nothing changed, try again */
        NOT_FETCHED
    }

    /**
     * @param uid   the manifest's uid (IMAP UID; POP3: the archive's running number), -1 for a manifest line
     * @param found what was wrong with the stored copy
     */
    public record Result(String folder, long uid, ProblemKind found, Outcome outcome, String detail) {
        public boolean repaired() {
            return outcome == Outcome.RESTORED || outcome == Outcome.REPLACED_BY_SERVER_COPY
                    || outcome == Outcome.MANIFEST_LINE_REMOVED;
        }
    }

    /** @param checked recorded messages whose copies were read back; {@code results} one per damaged one */
    public record Report(int checked, List<Result> results, Duration elapsed) {
        /** Everything damaged was repaired (or nothing was). */
        public boolean complete() {
            return results.stream().allMatch(Result::repaired);
        }

        public long repaired() {
            return results.stream().filter(Result::repaired).count();
        }
    }

    /** Where the server's copies come from: one connection, reopened by the repairer after a cut or a stall. */
    public interface Source extends AutoCloseable {
        /** The folder's UIDVALIDITY on the server, -1 when the folder is not there. */
        long uidValidity(String folder) throws IOException, MessagingException;

        /** The server's copies of those of {@code recorded} it still has, by manifest uid. */
        Map<Long, FetchedMessage> fetch(String folder, List<ManifestEntry> recorded) throws IOException, MessagingException;

        @Override
        void close();
    }

    /** Opens a source; tests substitute one that breaks on purpose. */
    @FunctionalInterface
    public interface Connector {
        Source open() throws IOException, MessagingException;
    }

    /** The connector of one run, for the archive's protocol and with the run's stall timeout. */
    private final BiFunction<String, ArchiveExporter.Options, Connector> connectors;

    /** Over the protocol the archive was made with ({@code archive.json}). */
    public ArchiveRepairer(ImapAccount account) {
        this.connectors = (protocol, o) -> protocol.equals(ArchiveIndex.POP3)
                ? () -> new Pop3Source(Pop3Connection.open(account, o.stallTimeout()))
                : () -> new ImapSource(ImapConnection.open(account, o.stallTimeout()));
    }

    public ArchiveRepairer(Connector connector) {
        this.connectors = (protocol, o) -> connector;
    }

    /**
     * @param user the account the archive must belong to
     * @param o    {@code out} is the archive; its folders (empty = all), batch limits, retries and stall timeout
     *             apply; its format must be the archive's
     */
    public Report repair(String user, ArchiveExporter.Options o, ArchiveExporter.Progress progress,
                         BooleanSupplier cancelled) throws IOException, MessagingException {
        if (!ArchiveIndex.exists(o.out())) {
            throw new IllegalArgumentException("not an archive (no " + ArchiveIndex.FILE + "): " + o.out()
                    + " / アーカイブが見つかりません");
        }
        try (ArchiveLock lock = ArchiveLock.acquire(o.out())) {
            ArchiveIndex index = ArchiveIndex.load(o.out());
            if (!index.user().equalsIgnoreCase(user)) {
                throw new IllegalArgumentException("the archive in " + o.out() + " belongs to " + index.user()
                        + " / この保存先は別のアカウント (" + index.user() + ") のものです");
            }
            if (index.format() != o.format()) {
                throw new IllegalArgumentException("the archive is " + index.format().id() + ", not " + o.format().id());
            }
            try (Session session = new Session(connectors.apply(index.protocol(), o), o, progress, cancelled)) {
                return repair(index, o, session, cancelled);
            }
        }
    }

    private static Report repair(ArchiveIndex index, ArchiveExporter.Options o, Session session, BooleanSupplier cancelled)
            throws IOException, MessagingException {
        long t0 = System.nanoTime();
        List<Result> results = new ArrayList<>();
        int checked = 0;
        for (var folder : index.folders().entrySet()) {
            String name = folder.getKey();
            if (!o.folders().isEmpty() && !o.folders().contains(name)) {
                continue;
            }
            for (Path gen : index.generations(folder.getValue())) {
                boolean current = gen.getFileName().toString().equals("#v" + folder.getValue().uidValidity());
                List<String> dropped = new ArrayList<>();
                // an older generation is only read: nothing in it can be fetched again
                Manifest manifest = current ? Manifest.loadDroppingDamagedLines(gen, dropped) : null;
                List<ManifestEntry> entries = current ? manifest.entries()
                        : Files.exists(gen.resolve(Manifest.FILE)) ? Manifest.read(gen, new ArrayList<>()) : List.of();
                for (String line : dropped) {
                    results.add(new Result(name, -1, ProblemKind.BAD_MANIFEST_LINE, Outcome.MANIFEST_LINE_REMOVED,
                            gen.getFileName() + " " + line));
                }
                if (!dropped.isEmpty()) {
                    index.markIncomplete(name);
                }
                if (entries.isEmpty()) {
                    continue;
                }
                try (MessageSink sink = MessageSink.open(index.format(), gen)) {
                    if (current) {
                        sink.recover(entries);
                    }
                    Map<Long, ProblemKind> damage = new HashMap<>();
                    List<ManifestEntry> damaged = new ArrayList<>();
                    for (ManifestEntry e : entries) {
                        ProblemKind problem = ArchiveVerifier.check(sink, e).problem();
                        if (problem != null) {
                            damage.put(e.uid(), problem);
                            damaged.add(e);
                        }
                    }
                    checked += entries.size();
                    if (damaged.isEmpty()) {
                        continue;
                    }
                    if (!current) {
                        damaged.forEach(e -> results.add(new Result(name, e.uid(), damage.get(e.uid()),
                                Outcome.UIDVALIDITY_CHANGED, "older generation " + gen.getFileName()
                                + ": the server no longer has these UIDs / 古い世代（UIDVALIDITY 変更前）のためサーバーから取り直せません")));
                        continue;
                    }
                    results.addAll(new FolderRepair(name, folder.getValue().uidValidity(), manifest, sink, damage, o,
                            session, cancelled).run(damaged));
                }
            }
        }
        index.save();
        return new Report(checked, results, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The damaged messages of one folder's current generation. */
    private record FolderRepair(String folder, long uidValidity, Manifest manifest, MessageSink sink,
                                Map<Long, ProblemKind> damage, ArchiveExporter.Options o, Session session,
                                BooleanSupplier cancelled) {

        List<Result> run(List<ManifestEntry> damaged) throws IOException, MessagingException {
            List<Result> out = new ArrayList<>();
            long onServer;
            try {
                onServer = session.call(folder, s -> s.uidValidity(folder));
            } catch (IOException | MessagingException | RuntimeException e) {
                if (!ConnectionProblems.isTransient(e)) {
                    throw e;
                }
                damaged.forEach(d -> out.add(result(d, Outcome.NOT_FETCHED, ConnectionProblems.explain(e))));
                return out;
            }
            if (onServer < 0 || onServer != uidValidity) {
                Outcome why = onServer < 0 ? Outcome.FOLDER_GONE : Outcome.UIDVALIDITY_CHANGED;
                String detail = onServer < 0 ? "the folder is not on the server / サーバーにフォルダーがありません"
                        : "UIDVALIDITY " + uidValidity + " ≠ " + onServer + " on the server / サーバーの UIDVALIDITY が変わりました";
                damaged.forEach(d -> out.add(result(d, why, detail)));
                return out;
            }
            Map<Long, ManifestEntry> updated = new HashMap<>();
            for (List<ManifestEntry> batch : batches(damaged)) {
                if (cancelled.getAsBoolean()) {
                    batch.forEach(d -> out.add(result(d, Outcome.NOT_FETCHED, "cancelled / 中止しました")));
                    continue;
                }
                Map<Long, FetchedMessage> fetched;
                try {
                    fetched = session.call(folder, s -> s.fetch(folder, batch));
                } catch (IOException | MessagingException | RuntimeException e) {
                    if (!ConnectionProblems.isTransient(e)) {
                        throw e;
                    }
                    batch.forEach(d -> out.add(result(d, Outcome.NOT_FETCHED, ConnectionProblems.explain(e))));
                    continue;
                }
                for (ManifestEntry e : batch) {
                    FetchedMessage server = fetched.get(e.uid());
                    if (server == null) {
                        out.add(result(e, Outcome.GONE_FROM_SERVER, "deleted on the server: the damaged copy and its"
                                + " manifest line are kept / サーバーでも削除済みのため取り直せません（マニフェストには残します）"));
                        continue;
                    }
                    // the recorded date, so an mbox From_ line comes out exactly as long as before
                    FetchedMessage m = new FetchedMessage(e.uid(), e.flags(), recordedDate(e), server.length(),
                            server.raw(), server.offset(), server.length());
                    MessageSink.Stored at = sink.rewrite(e, m);
                    ManifestEntry now = new ManifestEntry(e.uidValidity(), e.uid(), e.internalDate(), m.length(), e.flags(),
                            m.messageId(), m.sha256(), at.file(), at.offset(), at.stored(), at.end(), e.uidl());
                    if (now.equals(e)) {
                        out.add(result(e, Outcome.RESTORED, e.file()));
                    } else {
                        updated.put(e.uid(), now);
                        out.add(result(e, Outcome.REPLACED_BY_SERVER_COPY, "the server's copy differs from the"
                                + " recorded one (sha256 " + e.sha256() + " → " + now.sha256() + ") / サーバーの内容が記録と異なるため、サーバーの内容で置き換えました"));
                    }
                }
            }
            // the copies are durable before a manifest line points at a changed one
            sink.sync();
            manifest.replace(updated);
            return out;
        }

        private Result result(ManifestEntry e, Outcome outcome, String detail) {
            return new Result(folder, e.uid(), damage.get(e.uid()), outcome, detail);
        }

        private List<List<ManifestEntry>> batches(List<ManifestEntry> all) {
            List<List<ManifestEntry>> out = new ArrayList<>();
            List<ManifestEntry> batch = new ArrayList<>();
            long bytes = 0;
            for (ManifestEntry e : all) {
                if (!batch.isEmpty() && (batch.size() >= o.batchMessages() || bytes + e.size() > o.batchBytes())) {
                    out.add(batch);
                    batch = new ArrayList<>();
                    bytes = 0;
                }
                batch.add(e);
                bytes += e.size();
            }
            if (!batch.isEmpty()) {
                out.add(batch);
            }
            return out;
        }

        private static Instant recordedDate(ManifestEntry e) {
            try {
                return Instant.parse(e.internalDate());
            } catch (RuntimeException unreadable) {
                return Instant.EPOCH;
            }
        }
    }

    /** The source with reconnects: a cut or stall closes it and the step runs again after the back-off. */
    private static final class Session implements AutoCloseable {
        private final Connector connector;
        private final Backoff backoff;
        private final ArchiveExporter.Progress progress;
        private final BooleanSupplier cancelled;
        private Source source;

        Session(Connector connector, ArchiveExporter.Options o, ArchiveExporter.Progress progress, BooleanSupplier cancelled) {
            this.connector = connector;
            this.backoff = o.backoff();
            this.progress = progress;
            this.cancelled = cancelled;
        }

        interface Step<T> {
            T run(Source s) throws IOException, MessagingException;
        }

        <T> T call(String folder, Step<T> step) throws IOException, MessagingException {
            for (int attempt = 0; ; attempt++) {
                try {
                    if (source == null) {
                        source = connector.open();
                    }
                    return step.run(source);
                } catch (IOException | MessagingException | RuntimeException e) {
                    close();
                    if (!ConnectionProblems.isTransient(e) || !backoff.allows(attempt + 1)) {
                        throw e;
                    }
                    progress.reconnecting(folder, e, attempt + 1);
                    if (!backoff.pause(attempt + 1, cancelled)) {
                        throw e;
                    }
                }
            }
        }

        @Override
        public void close() {
            if (source != null) {
                source.close();
            }
            source = null;
        }
    }

    /** IMAP: folders opened with EXAMINE, copies fetched by UID with BODY.PEEK[]. */
    private static final class ImapSource implements Source {
        private final ImapConnection connection;
        private IMAPFolder open;

        ImapSource(ImapConnection connection) {
            this.connection = connection;
        }

        @Override
        public long uidValidity(String folder) throws MessagingException {
            if (!connection.folderExists(folder)) {
                return -1;
            }
            return examine(folder).getUIDValidity();
        }

        @Override
        public Map<Long, FetchedMessage> fetch(String folder, List<ManifestEntry> recorded) throws MessagingException {
            Map<Long, FetchedMessage> out = new HashMap<>();
            for (FetchedMessage m : connection.fetchRaw(examine(folder), recorded.stream().map(ManifestEntry::uid).toList())) {
                out.put(m.uid(), m);
            }
            return out;
        }

        private IMAPFolder examine(String folder) throws MessagingException {
            if (open == null || !open.isOpen() || !open.getFullName().equals(folder)) {
                open = connection.examine(folder);
            }
            return open;
        }

        @Override
        public void close() {
            connection.close();
        }
    }

    /** POP3: the maildrop is {@link Pop3Exporter#FOLDER}; copies fetched by UIDL with RETR (never DELE). */
    private static final class Pop3Source implements Source {
        private final Pop3Connection connection;
        private Map<String, Integer> numbers;

        Pop3Source(Pop3Connection connection) {
            this.connection = connection;
        }

        @Override
        public long uidValidity(String folder) {
            return folder.equals(Pop3Exporter.FOLDER) ? Pop3Exporter.GENERATION : -1;
        }

        @Override
        public Map<Long, FetchedMessage> fetch(String folder, List<ManifestEntry> recorded) throws IOException {
            if (numbers == null) {
                numbers = new HashMap<>();
                for (Pop3Connection.Pop3Message m : connection.list()) {
                    numbers.put(m.uidl(), m.number());
                }
            }
            List<ManifestEntry> there = recorded.stream().filter(e -> e.uidl() != null && numbers.containsKey(e.uidl())).toList();
            List<byte[]> raw = connection.retrieve(there.stream().map(e -> numbers.get(e.uidl())).toList());
            Map<Long, FetchedMessage> out = new HashMap<>();
            for (int i = 0; i < there.size(); i++) {
                byte[] b = raw.get(i);
                if (b != null) {
                    ManifestEntry e = there.get(i);
                    out.put(e.uid(), new FetchedMessage(e.uid(), List.of(), Instant.EPOCH, b.length, b, 0, b.length));
                }
            }
            return out;
        }

        @Override
        public void close() {
            connection.close();
        }
    }
}
