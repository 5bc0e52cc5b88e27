package dev.mailbench.migration.copy;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.imap.ConnectionProblems;
import dev.mailbench.imap.FetchedMessage;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import dev.mailbench.kit.net.Backoff;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * IMAP-to-IMAP copy. Folders are created on the destination with their names; each message missing there is
 * APPENDed with its exact bytes, flags and internal date. "Missing" is decided from the destination itself at the
 * start and after every reconnection (see {@link MessageKey}), so a re-run copies only what is missing and a run
 * killed at any point, even between an APPEND and its answer, resumes without duplicates. Memory is bounded by
 * {@link CopyOptions#batchBytes()} plus one small record per message.
 */
public final class MailboxCopier {
    static final LocalizedText CAUSE_CONNECTION = LocalizedText.of("接続が切れたまま回復しません", "Connection lost, retries exhausted");
    static final LocalizedText CAUSE_GONE = LocalizedText.of("コピー中に旧サーバーから消えました", "Deleted on the source during the copy");
    static final LocalizedText CANNOT_COMPARE = LocalizedText.of("フォルダーを比較できません", "Cannot compare the folder");

    private final ImapAccount sourceAccount;
    private final ImapAccount destinationAccount;
    private final CopyOptions options;

    public MailboxCopier(ImapAccount source, ImapAccount destination, CopyOptions options) {
        this.sourceAccount = source;
        this.destinationAccount = destination;
        this.options = options;
    }

    /**
     * @throws MessagingException when either server cannot be reached or refuses the login at the start
     * @throws IllegalArgumentException when a requested folder does not exist on the source
     */
    public CopyReport copy(CopyProgress progress, BooleanSupplier cancelled) throws MessagingException {
        long t0 = System.nanoTime();
        Run run = new Run(progress, cancelled, t0);
        try (ServerPair servers = new ServerPair(sourceAccount, destinationAccount)) {
            servers.open();
            run.servers = servers;
            run.multiAppend = servers.destination().hasMultiAppend();
            List<String> names = SourceFolders.select(servers.source(), options.folders(), options.folderMap().keySet());
            char sourceSeparator = servers.source().separator();
            char destinationSeparator = servers.destination().separator();
            List<FolderPlan> plans = new ArrayList<>();
            for (int i = 0; i < names.size() && !cancelled.getAsBoolean(); i++) {
                progress.comparing(names.get(i), i + 1, names.size());
                plans.add(run.plan(names.get(i), options.folderMap().getOrDefault(names.get(i),
                        FolderNames.map(names.get(i), sourceSeparator, destinationSeparator))));
            }
            progress.planned(plans.stream().mapToLong(p -> p.missing.size()).sum(),
                    plans.stream().flatMap(p -> p.missing.stream()).mapToLong(FolderIndex.Entry::size).sum());
            List<FolderCopyResult> results = new ArrayList<>();
            for (FolderPlan plan : plans) {
                results.add(run.copy(plan));
            }
            return new CopyReport(results, run.failures, run.copiedMessages, run.copiedBytes,
                    Duration.ofNanos(System.nanoTime() - t0), run.reconnections, cancelled.getAsBoolean());
        }
    }

    /** A folder's comparison: its source index and the entries the destination lacked at planning time. */
    private static final class FolderPlan {
        final String source;
        final String destination;
        FolderIndex sourceIndex;
        List<FolderIndex.Entry> missing;
        int alreadyThere;
        String planFailure;

        FolderPlan(String source, String destination) {
            this.source = source;
            this.destination = destination;
        }
    }

    private final class Run {
        final CopyProgress progress;
        final BooleanSupplier cancelled;
        final long t0;
        final List<CopyFailure> failures = new ArrayList<>();
        final Backoff backoff = options.backoff();
        ServerPair servers;
        /** The destination takes a whole batch in one APPEND (one round trip per batch, not per message). */
        boolean multiAppend;
        long copiedMessages;
        long copiedBytes;
        int reconnections;

        Run(CopyProgress progress, BooleanSupplier cancelled, long t0) {
            this.progress = progress;
            this.cancelled = cancelled;
            this.t0 = t0;
        }

        FolderPlan plan(String source, String destination) {
            FolderPlan plan = new FolderPlan(source, destination);
            int attempt = 0;
            while (true) {
                try {
                    plan.sourceIndex = FolderIndex.scan(servers.source(), servers.source().examine(source), cancelled);
                    servers.destination().createIfMissing(destination);
                    plan.missing = plan.sourceIndex.missingFrom(destinationIndex(destination));
                    plan.alreadyThere = plan.sourceIndex.entries().size() - plan.missing.size();
                    return plan;
                } catch (MessagingException e) {
                    if (!ConnectionProblems.isConnectionLost(e) || !reconnect(source, ++attempt, e)) {
                        plan.planFailure = serverWords(e);
                        plan.sourceIndex = plan.sourceIndex == null ? FolderIndex.empty() : plan.sourceIndex;
                        plan.missing = List.of();
                        return plan;
                    }
                }
            }
        }

        FolderIndex destinationIndex(String destination) throws MessagingException {
            ImapConnection dst = servers.destination();
            IMAPFolder f = dst.examine(destination);
            try {
                return FolderIndex.scan(dst, f, () -> false);
            } finally {
                // APPENDs go through the store's connection; an open folder would hold a second one.
                f.close(false);
            }
        }

        FolderCopyResult copy(FolderPlan plan) {
            int onSource = plan.sourceIndex.entries().size();
            if (plan.planFailure != null) {
                failures.add(new CopyFailure(plan.source, 0, 0, serverSaid(plan.planFailure), CANNOT_COMPARE));
                return new FolderCopyResult(plan.source, plan.destination, onSource, 0, 0, 1, 0, 0);
            }
            java.util.ArrayDeque<FolderIndex.Entry> remaining = new java.util.ArrayDeque<>(plan.missing);
            Set<Long> failed = new HashSet<>();
            int copied = 0;
            long bytes = 0;
            int attempt = 0;
            while (!remaining.isEmpty() && !cancelled.getAsBoolean()) {
                List<FolderIndex.Entry> batch = nextBatch(remaining);
                try {
                    IMAPFolder src = servers.source().examine(plan.source);
                    Map<Long, FetchedMessage> fetched = new HashMap<>();
                    for (FetchedMessage m : servers.source().fetchRaw(src, batch.stream().map(FolderIndex.Entry::uid).toList())) {
                        fetched.put(m.uid(), m);
                    }
                    List<FolderIndex.Entry> present = new ArrayList<>();
                    for (FolderIndex.Entry e : batch) {
                        if (fetched.containsKey(e.uid())) {
                            present.add(e);
                        } else {
                            fail(plan.source, e, CAUSE_GONE, "UID " + e.uid(), failed);
                            remaining.remove(e);
                        }
                    }
                    if (present.size() > 1 && multiAppend && !cancelled.getAsBoolean()
                            && appendBatch(plan, present.stream().map(e -> fetched.get(e.uid())).toList())) {
                        for (FolderIndex.Entry e : present) {
                            counted(plan.source, fetched.get(e.uid()).length());
                            copied++;
                            bytes += fetched.get(e.uid()).length();
                            remaining.poll(); // present is the head of remaining, in order
                        }
                        attempt = 0;
                        continue;
                    }
                    for (FolderIndex.Entry e : present) {
                        if (cancelled.getAsBoolean()) {
                            break;
                        }
                        FetchedMessage m = fetched.get(e.uid());
                        if (appendOne(plan, e, m, failed)) {
                            counted(plan.source, m.length());
                            copied++;
                            bytes += m.length();
                        }
                        remaining.poll(); // e is always the head: batches are taken from the front
                        attempt = 0;
                    }
                } catch (MessagingException e) {
                    if (cancelled.getAsBoolean()) {
                        break;
                    }
                    if (!ConnectionProblems.isConnectionLost(e)) {
                        for (FolderIndex.Entry x : batch) {
                            fail(plan.source, x, serverSaid(serverWords(e)), "UID " + x.uid(), failed);
                            remaining.remove(x);
                        }
                        continue;
                    }
                    if (!reconnect(plan.source, ++attempt, e)) {
                        for (FolderIndex.Entry x : remaining) {
                            fail(plan.source, x, CAUSE_CONNECTION, serverWords(e), failed);
                        }
                        remaining.clear();
                        break;
                    }
                    List<FolderIndex.Entry> still = stillMissing(plan, failed, remaining);
                    Set<Long> stillUids = new HashSet<>();
                    still.forEach(x -> stillUids.add(x.uid()));
                    for (FolderIndex.Entry x : remaining) {
                        if (!stillUids.contains(x.uid()) && !failed.contains(x.uid())) {
                            // its APPEND reached the server, only the answer was lost
                            copied++;
                            bytes += x.size();
                            copiedMessages++;
                            copiedBytes += x.size();
                        }
                    }
                    remaining = new java.util.ArrayDeque<>(still);
                }
            }
            int failedCount = failed.size();
            int notCopied = cancelled.getAsBoolean() ? remaining.size() : 0;
            return new FolderCopyResult(plan.source, plan.destination, onSource, plan.alreadyThere, copied, failedCount,
                    notCopied, bytes);
        }

        private void counted(String folder, long length) {
            copiedMessages++;
            copiedBytes += length;
            progress.copied(folder, copiedMessages, copiedBytes, copiedBytes / Math.max(0.001, (System.nanoTime() - t0) / 1e9));
        }

        /**
         * One MULTIAPPEND for the whole batch. False when the server refused it (all or none were stored, so nothing
         * is): the caller then appends one by one to learn which message the server refuses and why.
         */
        private boolean appendBatch(FolderPlan plan, List<FetchedMessage> messages) throws MessagingException {
            try {
                servers.destination().appendAll(plan.destination, messages);
                return true;
            } catch (MessagingException ex) {
                if (ConnectionProblems.isConnectionLost(ex)) {
                    throw ex;
                }
                return false;
            }
        }

        /** A server's NO for one message fails that message only; a broken connection goes up to be retried. */
        private boolean appendOne(FolderPlan plan, FolderIndex.Entry e, FetchedMessage m, Set<Long> failed)
                throws MessagingException {
            try {
                servers.destination().append(plan.destination, m.raw(), m.offset(), m.length(), m.flags(), m.internalDate());
                return true;
            } catch (MessagingException ex) {
                if (ConnectionProblems.isConnectionLost(ex)) {
                    throw ex;
                }
                fail(plan.source, e, serverSaid(serverWords(ex)), "UID " + e.uid() + " (" + e.size() + " bytes)", failed);
                return false;
            }
        }

        /**
         * After a reconnection the last APPEND may or may not have reached the destination: ask the destination
         * again rather than guess, so nothing is appended twice.
         */
        private List<FolderIndex.Entry> stillMissing(FolderPlan plan, Set<Long> failed, java.util.Collection<FolderIndex.Entry> before) {
            int attempt = 0;
            while (true) {
                try {
                    Set<Long> pending = new HashSet<>();
                    before.forEach(e -> pending.add(e.uid()));
                    List<FolderIndex.Entry> out = new ArrayList<>();
                    for (FolderIndex.Entry e : plan.sourceIndex.missingFrom(destinationIndex(plan.destination))) {
                        if (pending.contains(e.uid()) && !failed.contains(e.uid())) {
                            out.add(e);
                        }
                    }
                    return out;
                } catch (MessagingException e) {
                    if (!reconnect(plan.source, ++attempt, e)) {
                        for (FolderIndex.Entry x : before) {
                            fail(plan.source, x, CAUSE_CONNECTION, serverWords(e), failed);
                        }
                        return new ArrayList<>();
                    }
                }
            }
        }

        private List<FolderIndex.Entry> nextBatch(java.util.Collection<FolderIndex.Entry> remaining) {
            List<FolderIndex.Entry> batch = new ArrayList<>();
            long size = 0;
            for (FolderIndex.Entry e : remaining) {
                if (!batch.isEmpty() && (batch.size() >= options.batchMessages() || size + e.size() > options.batchBytes())) {
                    break;
                }
                batch.add(e);
                size += e.size();
            }
            return batch;
        }

        /**
         * Waits (the options' back-off: doubling from the first delay, at most a minute) and reconnects, trying again
         * while retries are left; false when they are used up or the run is cancelled.
         */
        private boolean reconnect(String folder, int attempt, Exception cause) {
            Exception last = cause;
            for (int next = attempt; backoff.allows(next); next++) {
                Duration delay = backoff.delayBefore(next);
                progress.retrying(folder, next, delay.toMillis(), serverWords(last));
                if (!Backoff.sleep(delay, cancelled)) {
                    return false;
                }
                try {
                    servers.reopen();
                    reconnections++;
                    return true;
                } catch (MessagingException again) {
                    last = again;
                }
            }
            return false;
        }

        private void fail(String folder, FolderIndex.Entry e, LocalizedText cause, String detail, Set<Long> failed) {
            if (failed.add(e.uid())) {
                failures.add(new CopyFailure(folder, e.uid(), e.size(), cause, serverSaid(detail)));
            }
        }
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("^[A-Za-z0-9]+ (NO|BAD) ");
    /** Dovecot appends its timings, e.g. "(0.001 + 0.000 secs).": they would split one cause into many groups. */
    private static final java.util.regex.Pattern TIMING = java.util.regex.Pattern.compile("\\s*\\([0-9.+ ]+ secs\\)\\.?$");

    /** A server's words or a UID: the same text in both languages. */
    private static LocalizedText serverSaid(String text) {
        return LocalizedText.of(text, text);
    }

    /** The server's own words for a refused command, without the command tag, timings or the Java exception class. */
    static String serverWords(Throwable e) {
        Throwable root = ImapConnection.rootCause(e);
        String msg = root.getMessage() != null ? root.getMessage() : e.getMessage();
        if (msg == null) {
            return root.getClass().getSimpleName();
        }
        return TIMING.matcher(TAG.matcher(msg.trim()).replaceFirst("")).replaceFirst("");
    }
}
