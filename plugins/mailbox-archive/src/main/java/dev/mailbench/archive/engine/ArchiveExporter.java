package dev.mailbench.archive.engine;

import dev.mailbench.imap.ConnectionProblems;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import dev.mailbench.imap.FetchedMessage;

import dev.mailbench.imap.ImapConnection.MessageSummary;
import dev.mailbench.kit.net.Backoff;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Exports the exact bytes of a mailbox's messages into an archive folder, incrementally and resumably.
 *
 * <p>Per folder: the archive's manifest of the server's current UIDVALIDITY generation says which UIDs are
 * already safe; everything else the server has is fetched in batches ({@code UID FETCH set (... BODY.PEEK[])}),
 * written, synced, and only then recorded in the manifest. A crash at any point therefore loses at most the
 * batch in flight, and that batch is fetched again (over the torn remains) on the next run.
 */
public final class ArchiveExporter {

    /**
     * @param folders       decoded folder names to export; empty = every folder
     * @param since         only messages whose internal date is at or after this; null = all
     * @param connections   parallel IMAP connections (folders are spread over them); keep within the provider's limit
     * @param batchMessages at most this many messages per UID FETCH
     * @param batchBytes    and at most about this many bytes (memory stays bounded by it)
     * @param stallTimeout  a connection on which the server sends nothing for this long counts as stalled: it is
     *                      closed and the work goes on over a new one ({@link #backoff()})
     */
    public record Options(Path out, ArchiveFormat format, List<String> folders, Instant since, int connections,
                          int batchMessages, long batchBytes, int retries, Duration retryDelay, Duration stallTimeout) {
        public Options {
            folders = folders == null ? List.of() : List.copyOf(folders);
            if (connections < 1 || connections > 10) {
                throw new IllegalArgumentException("connections must be 1-10: " + connections);
            }
            stallTimeout = stallTimeout == null ? ImapConnection.DEFAULT_STALL_TIMEOUT : stallTimeout;
            if (stallTimeout.isNegative() || stallTimeout.isZero()) {
                throw new IllegalArgumentException("stall timeout must be positive: " + stallTimeout);
            }
        }

        /** With the default stall timeout ({@link ImapConnection#DEFAULT_STALL_TIMEOUT}). */
        public Options(Path out, ArchiveFormat format, List<String> folders, Instant since, int connections,
                       int batchMessages, long batchBytes, int retries, Duration retryDelay) {
            this(out, format, folders, since, connections, batchMessages, batchBytes, retries, retryDelay, null);
        }

        public static Options of(Path out, ArchiveFormat format) {
            return new Options(out, format, List.of(), null, 2, 500, 4L << 20, 3, Duration.ofMillis(250));
        }

        public Options withFolders(List<String> f) {
            return new Options(out, format, f, since, connections, batchMessages, batchBytes, retries, retryDelay, stallTimeout);
        }

        public Options withSince(Instant s) {
            return new Options(out, format, folders, s, connections, batchMessages, batchBytes, retries, retryDelay, stallTimeout);
        }

        public Options withConnections(int c) {
            return new Options(out, format, folders, since, c, batchMessages, batchBytes, retries, retryDelay, stallTimeout);
        }

        public Options withBatch(int messages, long bytes) {
            return new Options(out, format, folders, since, connections, messages, bytes, retries, retryDelay, stallTimeout);
        }

        public Options withStallTimeout(Duration t) {
            return new Options(out, format, folders, since, connections, batchMessages, batchBytes, retries, retryDelay, t);
        }

        public Options withRetries(int n, Duration firstDelay) {
            return new Options(out, format, folders, since, connections, batchMessages, batchBytes, n, firstDelay, stallTimeout);
        }

        /** {@code retries} retries after a lost connection, waiting {@code retryDelay}, doubled each time. */
        public Backoff backoff() {
            return Backoff.of(retries, retryDelay);
        }
    }

    /** Progress callbacks, from worker threads. */
    public interface Progress {
        default void planned(int messages, long bytes) {
        }

        default void messageArchived(String folder, long bytes) {
        }

        /** The folder's STATUS matched the last complete run: it was not opened. */
        default void folderUnchanged(String folder) {
        }

        /** Archived messages whose flags changed on the server were updated in the manifest (and Maildir names). */
        default void flagsUpdated(String folder, int messages) {
        }

        /**
         * The connection was cut or stalled ({@code cause}, see {@link dev.mailbench.imap.ConnectionProblems}): the
         * exporter reconnects and goes on where it stopped. {@code folder} is null while the export is planned;
         * {@code attempt} 1 is the first retry.
         */
        default void reconnecting(String folder, Throwable cause, int attempt) {
        }
    }

    /** Opens connections; tests substitute one that breaks on purpose. */
    @FunctionalInterface
    public interface Connector {
        ImapConnection open() throws MessagingException;
    }

    /** The connector of one export: a real account's connections take the run's stall timeout. */
    private final java.util.function.Function<Options, Connector> connectors;

    public ArchiveExporter(ImapAccount account) {
        this.connectors = o -> () -> ImapConnection.open(account, o.stallTimeout());
    }

    public ArchiveExporter(Connector connector) {
        this.connectors = o -> connector;
    }

    /**
     * @param flagChanges   uid → the server's current flags, for archived messages whose flags changed
     * @param highestModSeq the folder's HIGHESTMODSEQ when planned (-1 without CONDSTORE)
     */
    private record Job(String folder, long uidValidity, long uidNext, Path generationDir, Manifest manifest,
                       List<MessageSummary> missing, int onServer, boolean newGeneration,
                       Map<Long, List<String>> flagChanges, long highestModSeq) {
    }

    public ExportReport export(String host, String user, Options o, Progress progress, BooleanSupplier cancelled)
            throws IOException, MessagingException {
        try (ArchiveLock lock = ArchiveLock.acquire(o.out())) {
            return exportLocked(connectors.apply(o), host, user, o, progress, cancelled);
        }
    }

    private ExportReport exportLocked(Connector connector, String host, String user, Options o, Progress progress,
                                      BooleanSupplier cancelled) throws IOException, MessagingException {
        long t0 = System.nanoTime();
        ArchiveIndex index = ArchiveIndex.openOrCreate(o.out(), o.format(), host, user);
        List<ExportReport.FolderResult> unchanged = new ArrayList<>();
        List<Job> jobs = planWithRetry(connector, index, o, unchanged, progress, cancelled);
        unchanged.forEach(u -> progress.folderUnchanged(u.folder()));
        index.save();
        progress.planned(jobs.stream().mapToInt(j -> j.missing().size()).sum(),
                jobs.stream().flatMap(j -> j.missing().stream()).mapToLong(MessageSummary::size).sum());

        List<ExportReport.FolderResult> results = Collections.synchronizedList(new ArrayList<>(unchanged));
        List<ExportReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stopped = new AtomicBoolean();
        ConcurrentLinkedQueue<Job> queue = new ConcurrentLinkedQueue<>(jobs);
        int workers = Math.max(1, Math.min(o.connections(), jobs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "archive-export");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    try (Worker worker = new Worker(connector, o, progress, cancelled, stopped, failures)) {
                        for (Job job = queue.poll(); job != null; job = queue.poll()) {
                            results.add(worker.run(job));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof UncheckedIOException u) {
                        throw u.getCause();
                    }
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IOException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
            // the archive lock is released when this returns: no worker may still be writing then
            try {
                if (!pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new IOException("export workers did not stop / エクスポートが停止しません");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<ExportReport.FolderResult> ordered = new ArrayList<>(results);
        boolean stoppedEarly = stopped.get() || cancelled.getAsBoolean();
        for (Job job : jobs) {
            boolean folderFailed = failures.stream().anyMatch(f -> f.folder().equals(job.folder()));
            if (!stoppedEarly && !folderFailed && o.since() == null) {
                index.markComplete(job.folder(), job.uidNext(), job.onServer(), job.highestModSeq());
            }
        }
        index.save();
        List<String> order = new ArrayList<>(index.folders().keySet());
        ordered.sort(Comparator.comparingInt(r -> order.indexOf(r.folder())));
        List<ExportReport.Failure> sortedFailures = new ArrayList<>(failures);
        sortedFailures.sort(Comparator.comparing(ExportReport.Failure::folder).thenComparingLong(ExportReport.Failure::uid));
        return new ExportReport(ordered, sortedFailures, stopped.get() || cancelled.getAsBoolean(),
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /**
     * Plans over one connection; a connection cut (in the TLS handshake, the login or a listing) or stalled is
     * reopened with the run's back-off and the planning starts over, as a batch is fetched again after a cut.
     */
    private List<Job> planWithRetry(Connector connector, ArchiveIndex index, Options o,
                                    List<ExportReport.FolderResult> unchanged, Progress progress, BooleanSupplier cancelled)
            throws IOException, MessagingException {
        Backoff backoff = o.backoff();
        for (int attempt = 0; ; attempt++) {
            try {
                unchanged.clear();
                return plan(connector, index, o, unchanged);
            } catch (MessagingException | RuntimeException e) {
                if (!ConnectionProblems.isTransient(e) || !backoff.allows(attempt + 1) || cancelled.getAsBoolean()) {
                    throw e;
                }
                progress.reconnecting(null, e, attempt + 1);
                if (!backoff.pause(attempt + 1, cancelled)) {
                    throw e;
                }
            }
        }
    }

    private static List<Job> plan(Connector connector, ArchiveIndex index, Options o,
                                  List<ExportReport.FolderResult> unchanged) throws IOException, MessagingException {
        List<Job> jobs = new ArrayList<>();
        try (ImapConnection c = connector.open()) {
            char separator = c.separator();
            Set<String> wanted = new HashSet<>(o.folders());
            Set<String> seen = new HashSet<>();
            for (IMAPFolder f : c.folders()) {
                String name = f.getFullName();
                if (!wanted.isEmpty() && !wanted.contains(name)) {
                    continue;
                }
                seen.add(name);
                // STATUS first: a folder with the same UIDVALIDITY, UIDNEXT, count (and HIGHESTMODSEQ where the
                // server has CONDSTORE) as at the end of the last complete run has nothing new: it is not even opened
                ImapConnection.FolderStatus status = c.status(name);
                ArchiveIndex.FolderEntry known = index.folders().get(name);
                boolean nothingNew = o.since() == null && known != null && known.uidValidity() == status.uidValidity()
                        && status.uidNext() > 0 && known.completeUidNext() == status.uidNext()
                        && known.completeCount() == status.messages();
                boolean flagsUnchanged = status.highestModSeq() < 0
                        || (known != null && known.highestModSeq() == status.highestModSeq());
                if (nothingNew && flagsUnchanged) {
                    unchanged.add(new ExportReport.FolderResult(name, "#v" + status.uidValidity(), status.uidValidity(),
                            false, status.messages(), status.messages(), 0, 0));
                    continue;
                }
                IMAPFolder open = c.examine(name);
                long uidValidity = open.getUIDValidity();
                ArchiveIndex.FolderEntry previous = index.folders().get(name);
                ArchiveIndex.FolderEntry entry = index.track(name, separator, uidValidity);
                Path genDir = index.resolve(entry.generationDir());
                java.nio.file.Files.createDirectories(genDir);
                Manifest manifest = Manifest.load(genDir);
                boolean newGeneration = previous != null && previous.uidValidity() != uidValidity;
                if (nothingNew && uidValidity == known.uidValidity() && known.highestModSeq() > 0) {
                    // only flags changed (CONDSTORE): ask for just those instead of listing the folder
                    Map<Long, List<String>> changed = changedFlags(manifest, c.flagsChangedSince(open, known.highestModSeq()));
                    jobs.add(new Job(name, uidValidity, status.uidNext(), genDir, manifest, List.of(), status.messages(),
                            false, changed, status.highestModSeq()));
                    continue;
                }
                List<MessageSummary> all = c.summaries(open);
                if (o.since() != null) {
                    all = all.stream().filter(s -> !s.internalDate().isBefore(o.since())).toList();
                }
                Set<Long> have = new HashSet<>();
                manifest.entries().forEach(e -> have.add(e.uid()));
                List<MessageSummary> missing = all.stream().filter(s -> !have.contains(s.uid())).toList();
                Map<Long, List<String>> serverFlags = new java.util.HashMap<>();
                all.forEach(s -> serverFlags.put(s.uid(), s.flags()));
                jobs.add(new Job(name, uidValidity, status.uidNext(), genDir, manifest, missing, all.size(), newGeneration,
                        changedFlags(manifest, serverFlags), status.highestModSeq()));
            }
            for (String w : wanted) {
                if (!seen.contains(w)) {
                    throw new IOException("folder not found on the server: " + w + " / サーバーにフォルダーがありません: " + w);
                }
            }
        }
        return jobs;
    }

    /** uid → server flags, for archived messages whose flags differ from the manifest's (\\Recent aside). */
    private static Map<Long, List<String>> changedFlags(Manifest manifest, Map<Long, List<String>> serverFlags) {
        Map<Long, List<String>> out = new java.util.HashMap<>();
        for (ManifestEntry e : manifest.entries()) {
            List<String> now = serverFlags.get(e.uid());
            if (now != null && !withoutRecent(now).equals(withoutRecent(e.flags()))) {
                out.put(e.uid(), new ArrayList<>(withoutRecent(now)));
            }
        }
        return out;
    }

    private static Set<String> withoutRecent(List<String> flags) {
        Set<String> s = new java.util.TreeSet<>(flags == null ? List.of() : flags);
        s.remove("\\Recent");
        return s;
    }

    /** One connection and the folders it works through. */
    private static final class Worker implements AutoCloseable {
        private final Connector connector;
        private final Options o;
        private final Progress progress;
        private final BooleanSupplier cancelled;
        private final AtomicBoolean stopped;
        private final List<ExportReport.Failure> failures;
        private ImapConnection connection;
        private IMAPFolder folder;

        Worker(Connector connector, Options o, Progress progress, BooleanSupplier cancelled, AtomicBoolean stopped,
               List<ExportReport.Failure> failures) {
            this.connector = connector;
            this.o = o;
            this.progress = progress;
            this.cancelled = cancelled;
            this.stopped = stopped;
            this.failures = failures;
        }

        ExportReport.FolderResult run(Job job) throws IOException {
            java.util.concurrent.atomic.AtomicInteger fetched = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
            List<MessageSummary> todo = new ArrayList<>(job.missing());
            todo.sort(Comparator.comparingLong(MessageSummary::uid));
            try (MessageSink sink = MessageSink.open(o.format(), job.generationDir());
                 BatchRecorder recorder = new BatchRecorder(sink, job.manifest())) {
                sink.recover(job.manifest().entries());
                updateFlags(job, sink);
                if (!job.flagChanges().isEmpty()) {
                    progress.flagsUpdated(job.folder(), job.flagChanges().size());
                }
                int i = 0;
                while (i < todo.size()) {
                    if (isCancelled()) {
                        break;
                    }
                    List<MessageSummary> batch = nextBatch(todo, i);
                    i += batch.size();
                    List<Long> uids = batch.stream().map(MessageSummary::uid).toList();
                    List<FetchedMessage> messages;
                    try {
                        messages = fetchWithRetry(job, uids);
                    } catch (FolderUnreachable e) {
                        todo.subList(i - batch.size(), todo.size())
                                .forEach(s -> failures.add(new ExportReport.Failure(job.folder(), s.uid(), e.cause, e.getMessage())));
                        break;
                    }
                    messages.sort(Comparator.comparingLong(FetchedMessage::uid));
                    List<ManifestEntry> entries = new ArrayList<>(messages.size());
                    Set<Long> returned = new HashSet<>();
                    for (FetchedMessage m : messages) {
                        if (isCancelled()) {
                            break;
                        }
                        MessageSink.Stored s = sink.write(m);
                        entries.add(new ManifestEntry(job.uidValidity(), m.uid(), m.internalDate().toString(), m.length(),
                                m.flags(), m.messageId(), m.sha256(), s.file(), s.offset(), s.stored(), s.end()));
                        returned.add(m.uid());
                    }
                    recorder.record(entries, () -> {
                        for (ManifestEntry e : entries) {
                            fetched.incrementAndGet();
                            bytes.addAndGet(e.size());
                            progress.messageArchived(job.folder(), e.size());
                        }
                    });
                    if (isCancelled()) {
                        break;
                    }
                    for (long uid : uids) {
                        if (!returned.contains(uid) && failures.stream().noneMatch(f -> f.uid() == uid && f.folder().equals(job.folder()))) {
                            failures.add(new ExportReport.Failure(job.folder(), uid, "not returned by the server",
                                    "deleted on the server during the export? / 取得中にサーバーで削除された可能性"));
                        }
                    }
                }
            }
            return new ExportReport.FolderResult(job.folder(), job.generationDir().getFileName().toString(), job.uidValidity(),
                    job.newGeneration(), job.onServer(), job.onServer() - job.missing().size(), fetched.get(), bytes.get());
        }

        /** Records flag changes in the manifest first, then renames Maildir files to match (recover finishes a torn rename). */
        private void updateFlags(Job job, MessageSink sink) throws IOException {
            if (job.flagChanges().isEmpty()) {
                return;
            }
            Map<Long, ManifestEntry> changed = new java.util.HashMap<>();
            Map<String, String> renames = new java.util.LinkedHashMap<>();
            for (ManifestEntry e : job.manifest().entries()) {
                List<String> flags = job.flagChanges().get(e.uid());
                if (flags != null) {
                    String file = sink.fileForFlags(e, flags);
                    changed.put(e.uid(), new ManifestEntry(e.uidValidity(), e.uid(), e.internalDate(), e.size(), flags,
                            e.messageId(), e.sha256(), file, e.offset(), e.stored(), e.end(), e.uidl()));
                    renames.put(e.file(), file);
                }
            }
            job.manifest().replace(changed);
            for (var r : renames.entrySet()) {
                sink.renameRecorded(r.getKey(), r.getValue());
            }
            sink.sync();
        }

        private boolean isCancelled() {
            if (cancelled.getAsBoolean()) {
                stopped.set(true);
            }
            return stopped.get();
        }

        private List<MessageSummary> nextBatch(List<MessageSummary> todo, int from) {
            long sum = 0;
            int to = from;
            while (to < todo.size() && to - from < o.batchMessages() && (to == from || sum + todo.get(to).size() <= o.batchBytes())) {
                sum += todo.get(to).size();
                to++;
            }
            return todo.subList(from, to);
        }

        private List<FetchedMessage> fetchWithRetry(Job job, List<Long> uids) throws FolderUnreachable {
            Exception last = null;
            Backoff backoff = o.backoff();
            for (int attempt = 0; backoff.allows(attempt); attempt++) {
                if (attempt > 0) {
                    progress.reconnecting(job.folder(), last, attempt);
                }
                // a cancel only cuts the wait short: the batch loop stops at its next check
                backoff.pause(attempt, this::isCancelled);
                IMAPFolder f;
                try {
                    f = ensureOpen(job);
                } catch (MessagingException e) {
                    last = e;
                    reset();
                    continue;
                }
                try {
                    return new ArrayList<>(connection.fetchRaw(f, uids));
                } catch (MessagingException | RuntimeException e) {
                    last = e;
                    reset();
                }
            }
            if (folder == null && !(last instanceof UidValidityChanged)) {
                // could not even get the folder open again: nothing in it can be fetched now
                throw new FolderUnreachable(classify(last), describe(last));
            }
            if (last instanceof UidValidityChanged u) {
                throw new FolderUnreachable("UIDVALIDITY changed during the export", u.getMessage());
            }
            if (uids.size() == 1) {
                failures.add(new ExportReport.Failure(job.folder(), uids.get(0), classify(last), describe(last)));
                return new ArrayList<>();
            }
            // the batch keeps failing: fetch one by one so only the messages that really fail are reported
            List<FetchedMessage> out = new ArrayList<>();
            for (long uid : uids) {
                out.addAll(fetchWithRetry(job, List.of(uid)));
            }
            return out;
        }

        private IMAPFolder ensureOpen(Job job) throws MessagingException {
            if (connection == null) {
                connection = connector.open();
                folder = null;
            }
            if (folder == null || !folder.getFullName().equals(job.folder()) || !folder.isOpen()) {
                folder = null;
                IMAPFolder f = connection.examine(job.folder());
                if (f.getUIDValidity() != job.uidValidity()) {
                    throw new UidValidityChanged(job.folder() + ": " + job.uidValidity() + " → " + f.getUIDValidity());
                }
                folder = f;
            }
            return folder;
        }

        private void reset() {
            if (connection != null) {
                connection.close();
            }
            connection = null;
            folder = null;
        }

        @Override
        public void close() {
            reset();
        }
    }

    private static final class UidValidityChanged extends MessagingException {
        UidValidityChanged(String s) {
            super(s);
        }
    }

    private static final class FolderUnreachable extends Exception {
        final String cause;

        FolderUnreachable(String cause, String detail) {
            super(detail);
            this.cause = cause;
        }
    }

    static String classify(Throwable t) {
        if (t != null && ConnectionProblems.isStalled(t)) {
            return "stalled";
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SocketTimeoutException) {
                return "timeout";
            }
            if (c instanceof jakarta.mail.AuthenticationFailedException) {
                return "login failed";
            }
            if (c instanceof org.eclipse.angus.mail.iap.CommandFailedException
                    || c instanceof org.eclipse.angus.mail.iap.BadCommandException) {
                return "server refused";
            }
            if (c instanceof java.net.ConnectException) {
                return "cannot connect";
            }
            if (c instanceof jakarta.mail.FolderClosedException || c instanceof jakarta.mail.StoreClosedException
                    || c instanceof org.eclipse.angus.mail.iap.ConnectionException || c instanceof java.net.SocketException
                    || c instanceof java.io.EOFException) {
                return "connection lost";
            }
        }
        return t == null ? "unknown" : t.getClass().getSimpleName();
    }

    /** Connection problems in words (Japanese, then English), never the library's raw text; else the message. */
    static String describe(Throwable t) {
        if (t == null) {
            return "";
        }
        return ConnectionProblems.isTransient(t) ? ConnectionProblems.explain(t) : String.valueOf(t.getMessage());
    }

    /** For callers that show the plan: how many of each folder's messages are already archived. */
    public static Map<String, Integer> archivedCounts(Path out) throws IOException {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        if (!ArchiveIndex.exists(out)) {
            return counts;
        }
        ArchiveIndex idx = ArchiveIndex.load(out);
        for (var e : idx.folders().entrySet()) {
            Path gen = idx.resolve(e.getValue().generationDir());
            counts.put(e.getKey(), java.nio.file.Files.exists(gen.resolve(Manifest.FILE))
                    ? Manifest.read(gen, new ArrayList<>()).size() : 0);
        }
        return counts;
    }
}
