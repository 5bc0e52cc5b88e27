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
import java.util.concurrent.CopyOnWriteArrayList;
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
    /** Parallel IMAP connections unless told otherwise: within Xserver's and Dovecot's usual per-user limits. */
    public static final int DEFAULT_CONNECTIONS = 3;

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
            return new Options(out, format, List.of(), null, DEFAULT_CONNECTIONS, 500, 4L << 20, 3, Duration.ofMillis(250));
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

        /**
         * The server refused a connection beyond the first {@code accepted} of the {@code wanted} ones (its per-user
         * limit, usually): the export goes on over {@code accepted} connections.
         */
        default void fewerConnections(int accepted, int wanted, Throwable cause) {
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

        List<ExportReport.Failure> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean stopped = new AtomicBoolean();
        List<FolderTarget> targets = new ArrayList<>();
        ConcurrentLinkedQueue<Unit> queue = new ConcurrentLinkedQueue<>();
        for (Job job : jobs) {
            FolderTarget target = new FolderTarget(job, o.format());
            targets.add(target);
            queue.addAll(units(target, o));
        }
        int wanted = Math.max(1, Math.min(o.connections(), queue.size()));
        WriterStage writers = new WriterStage(wanted);
        ExecutorService pool = Executors.newFixedThreadPool(wanted, r -> {
            Thread t = new Thread(r, "archive-fetch");
            t.setDaemon(true);
            return t;
        });
        List<ImapConnection> opened = new CopyOnWriteArrayList<>();
        try {
            List<Future<?>> running = new ArrayList<>();
            java.util.function.Consumer<ImapConnection> startWorker = first -> running.add(pool.submit(() -> {
                try (Worker worker = new Worker(connector, first, o, progress, cancelled, stopped, failures, writers)) {
                    for (Unit unit = queue.poll(); unit != null && !worker.isCancelled(); unit = queue.poll()) {
                        worker.run(unit);
                    }
                }
                return null;
            }));
            if (wanted == 1) {
                startWorker.accept(null); // one connection: its worker opens it, with the back-off, as always
            } else {
                openConnections(connector, wanted, progress, c -> {
                    opened.add(c);
                    startWorker.accept(c);
                });
            }
            for (Future<?> f : running) {
                awaitWorker(f);
            }
            writers.awaitAll();
        } finally {
            opened.forEach(c -> {
                // a worker that took no unit never closed its connection
                c.close();
            });
            pool.shutdownNow();
            writers.shutdown();
            // the archive lock is released when this returns: no worker may still be writing then
            try {
                if (!pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS) || !writers.awaitTermination()) {
                    throw new IOException("export workers did not stop / エクスポートが停止しません");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            closeAll(targets);
        }
        List<ExportReport.FolderResult> ordered = new ArrayList<>(unchanged);
        boolean stoppedEarly = stopped.get() || cancelled.getAsBoolean();
        for (FolderTarget t : targets) {
            if (t.opened()) {
                ordered.add(t.result());
            }
            Job job = t.job;
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

    /** Every folder's sink is closed (synced), even after one fails to; the first failure is thrown. */
    private static void closeAll(List<FolderTarget> targets) throws IOException {
        IOException first = null;
        for (FolderTarget t : targets) {
            try {
                t.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void awaitWorker(Future<?> f) throws IOException {
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

    /**
     * The work of one folder in pieces the connections share: mbox is one file written in UID order, so its folder
     * is one piece; EML and Maildir folders are cut into UID ranges of one fetch batch each, so several connections
     * fetch one big folder side by side. A folder with nothing to fetch is still one piece (recovery, flag updates).
     */
    static List<Unit> units(FolderTarget target, Options o) {
        List<MessageSummary> todo = new ArrayList<>(target.job.missing());
        todo.sort(Comparator.comparingLong(MessageSummary::uid));
        if (o.format() == ArchiveFormat.MBOX || todo.isEmpty()) {
            return List.of(new Unit(target, todo));
        }
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < todo.size(); ) {
            List<MessageSummary> batch = nextBatch(todo, i, o);
            i += batch.size();
            out.add(new Unit(target, batch));
        }
        return out;
    }

    static List<MessageSummary> nextBatch(List<MessageSummary> todo, int from, Options o) {
        long sum = 0;
        int to = from;
        while (to < todo.size() && to - from < o.batchMessages() && (to == from || sum + todo.get(to).size() <= o.batchBytes())) {
            sum += todo.get(to).size();
            to++;
        }
        return todo.subList(from, to);
    }

    /**
     * Logs in the fetch connections one after the other, up to {@code wanted}, each put to work at once while the
     * next logs in. The first one the server refuses (a per-user connection limit such as Dovecot's
     * mail_max_userip_connections, or any other failure) ends the list: the export goes on with those it has, and
     * says so. When even the first fails, one worker starts without a connection and opens its own with the usual
     * back-off, as with one connection.
     */
    private static void openConnections(Connector connector, int wanted, Progress progress,
                                        java.util.function.Consumer<ImapConnection> start) {
        for (int i = 0; i < wanted; i++) {
            ImapConnection c;
            try {
                c = connector.open();
            } catch (MessagingException | RuntimeException e) {
                if (i == 0) {
                    start.accept(null);
                } else {
                    progress.fewerConnections(i, wanted, e);
                }
                return;
            }
            start.accept(c);
        }
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

    /** A UID range of one folder that one connection fetches (the whole folder for mbox). */
    record Unit(FolderTarget target, List<MessageSummary> todo) {
    }

    /**
     * Where one folder's messages go, shared by every connection working on it: its sink and manifest, opened once
     * by the first connection to reach the folder (after crash debris is removed and flag changes are recorded).
     */
    static final class FolderTarget {
        final Job job;
        private final ArchiveFormat format;
        private MessageSink sink; // guarded by this
        private boolean unreachable; // guarded by this
        private String unreachableCause;
        private String unreachableDetail;
        /** mbox: batches are written in the order they were fetched, one after the other (guarded by this). */
        private java.util.concurrent.CompletableFuture<Void> tail = java.util.concurrent.CompletableFuture.completedFuture(null);
        final java.util.concurrent.atomic.AtomicInteger fetched = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();

        FolderTarget(Job job, ArchiveFormat format) {
            this.job = job;
            this.format = format;
        }

        synchronized MessageSink open(Progress progress) throws IOException {
            if (sink == null) {
                MessageSink s = MessageSink.open(format, job.generationDir());
                try {
                    s.recover(job.manifest().entries());
                    updateFlags(job, s);
                } catch (IOException | RuntimeException e) {
                    s.close();
                    throw e;
                }
                sink = s;
                if (!job.flagChanges().isEmpty()) {
                    progress.flagsUpdated(job.folder(), job.flagChanges().size());
                }
            }
            return sink;
        }

        synchronized boolean opened() {
            return sink != null;
        }

        /** The folder could not be opened again: its remaining pieces are reported, not tried. */
        synchronized void markUnreachable(String cause, String detail) {
            unreachable = true;
            unreachableCause = cause;
            unreachableDetail = detail;
        }

        synchronized String[] unreachable() {
            return unreachable ? new String[] {unreachableCause, unreachableDetail} : null;
        }

        /** Runs {@code write} after the batches handed over before it (mbox) or beside them (EML, Maildir). */
        synchronized java.util.concurrent.CompletableFuture<Void> submit(Runnable write, ExecutorService writers) {
            if (format != ArchiveFormat.MBOX) {
                return java.util.concurrent.CompletableFuture.runAsync(write, writers);
            }
            tail = tail.thenRunAsync(write, writers);
            return tail;
        }

        ExportReport.FolderResult result() {
            return new ExportReport.FolderResult(job.folder(), job.generationDir().getFileName().toString(),
                    job.uidValidity(), job.newGeneration(), job.onServer(), job.onServer() - job.missing().size(),
                    fetched.get(), bytes.get());
        }

        synchronized void close() throws IOException {
            if (sink != null) {
                sink.close();
            }
        }

        /** Records flag changes in the manifest first, then renames Maildir files to match (recover finishes a torn rename). */
        private static void updateFlags(Job job, MessageSink sink) throws IOException {
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
    }

    /**
     * Everything done with a fetched batch besides fetching it: hashing, the Message-ID scan, the file writes, the
     * sync and the manifest lines run here, so a fetch connection asks for its next batch at once. At most
     * {@code permits} batches wait or are being written (memory stays bounded: a fetch thread waits for a permit
     * before it fetches). The first write error stops the export and is thrown at its end.
     */
    static final class WriterStage {
        private final ExecutorService threads;
        private final java.util.concurrent.Semaphore permits;
        private final List<java.util.concurrent.CompletableFuture<Void>> submitted = new CopyOnWriteArrayList<>();
        private final java.util.concurrent.atomic.AtomicReference<Throwable> error = new java.util.concurrent.atomic.AtomicReference<>();

        WriterStage(int fetchers) {
            // writers mostly wait for fsync: one more than the fetchers keeps a batch being written per connection
            int n = fetchers + 1;
            this.threads = Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r, "archive-write");
                t.setDaemon(true);
                return t;
            });
            // a permit is taken before a fetch: each connection fetching one batch while another of its batches is
            // written, plus one waiting
            this.permits = new java.util.concurrent.Semaphore(2 * fetchers + 1);
        }

        /** Waits for room for one more batch; false once a write failed. */
        boolean reserve() throws InterruptedException {
            permits.acquire();
            if (error.get() != null) {
                permits.release();
                return false;
            }
            return true;
        }

        /** Hands over a batch reserved with {@link #reserve()}. */
        void submit(FolderTarget target, Runnable write) {
            java.util.concurrent.CompletableFuture<Void> f = target.submit(write, threads);
            submitted.add(f.whenComplete((v, e) -> {
                if (e != null) {
                    error.compareAndSet(null, e instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                            ? c.getCause() : e);
                }
                permits.release();
            }));
            // keep the list short: finished batches need not be remembered
            submitted.removeIf(java.util.concurrent.CompletableFuture::isDone);
        }

        boolean failed() {
            return error.get() != null;
        }

        /** Waits until every batch handed over is written and recorded; throws the first write error. */
        void awaitAll() throws IOException {
            for (var f : List.copyOf(submitted)) {
                try {
                    f.join();
                } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException ignored) {
                    // the error is kept in `error`
                }
            }
            Throwable e = error.get();
            if (e instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (e instanceof IOException io) {
                throw io;
            }
            if (e != null) {
                throw new IOException("writing the archive failed / 保存に失敗しました", e);
            }
        }

        void shutdown() {
            threads.shutdown();
        }

        boolean awaitTermination() throws InterruptedException {
            return threads.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** One connection and the pieces of work it takes, folder after folder. */
    private static final class Worker implements AutoCloseable {
        private final Connector connector;
        private final Options o;
        private final Progress progress;
        private final BooleanSupplier cancelled;
        private final AtomicBoolean stopped;
        private final List<ExportReport.Failure> failures;
        private final WriterStage writers;
        private ImapConnection connection;
        private IMAPFolder folder;

        Worker(Connector connector, ImapConnection first, Options o, Progress progress, BooleanSupplier cancelled,
               AtomicBoolean stopped, List<ExportReport.Failure> failures, WriterStage writers) {
            this.connector = connector;
            this.connection = first;
            this.o = o;
            this.progress = progress;
            this.cancelled = cancelled;
            this.stopped = stopped;
            this.failures = failures;
            this.writers = writers;
        }

        void run(Unit unit) throws IOException {
            FolderTarget target = unit.target();
            Job job = target.job;
            target.open(progress);
            List<MessageSummary> todo = unit.todo();
            int i = 0;
            while (i < todo.size()) {
                if (isCancelled()) {
                    break;
                }
                String[] unreachable = target.unreachable();
                if (unreachable != null) {
                    todo.subList(i, todo.size()).forEach(s -> failures.add(
                            new ExportReport.Failure(job.folder(), s.uid(), unreachable[0], unreachable[1])));
                    break;
                }
                List<MessageSummary> batch = nextBatch(todo, i, o);
                i += batch.size();
                List<Long> uids = batch.stream().map(MessageSummary::uid).toList();
                try {
                    if (!writers.reserve()) {
                        stopped.set(true);
                        break;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                List<FetchedMessage> messages;
                try {
                    messages = fetchWithRetry(job, uids);
                } catch (FolderUnreachable e) {
                    writers.permits.release();
                    target.markUnreachable(e.cause, e.getMessage());
                    todo.subList(i - batch.size(), todo.size())
                            .forEach(s -> failures.add(new ExportReport.Failure(job.folder(), s.uid(), e.cause, e.getMessage())));
                    break;
                }
                Set<Long> returned = new HashSet<>();
                messages.forEach(m -> returned.add(m.uid()));
                List<FetchedMessage> fetched = messages;
                writers.submit(target, () -> write(target, fetched));
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

        /**
         * On a writer thread: the files, then one sync, then the manifest lines: a message is recorded only after a
         * sync that began after it was written.
         */
        private void write(FolderTarget target, List<FetchedMessage> messages) {
            Job job = target.job;
            try {
                MessageSink sink = target.open(progress);
                messages.sort(Comparator.comparingLong(FetchedMessage::uid));
                List<ManifestEntry> entries = new ArrayList<>(messages.size());
                for (FetchedMessage m : messages) {
                    if (isCancelled()) {
                        break;
                    }
                    MessageSink.Stored s = sink.write(m);
                    entries.add(new ManifestEntry(job.uidValidity(), m.uid(), m.internalDate().toString(), m.length(),
                            m.flags(), m.messageId(), m.sha256(), s.file(), s.offset(), s.stored(), s.end()));
                }
                sink.sync();
                job.manifest().append(entries);
                for (ManifestEntry e : entries) {
                    target.fetched.incrementAndGet();
                    target.bytes.addAndGet(e.size());
                    progress.messageArchived(job.folder(), e.size());
                }
            } catch (IOException e) {
                stopped.set(true);
                throw new UncheckedIOException(e);
            }
        }

        boolean isCancelled() {
            if (cancelled.getAsBoolean()) {
                stopped.set(true);
            }
            return stopped.get() || writers.failed();
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
