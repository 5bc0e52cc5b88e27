package dev.mailbench.archive.engine;

import dev.mailbench.imap.FetchedMessage;
import dev.mailbench.kit.io.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One file per message, written to a temporary name, fsynced and renamed: a file is whole or absent. The fsync
 * and the rename wait for {@link #sync()}, which the exporter runs beside the next fetch: fsyncing each file as
 * it was written kept the connection idle for one disk flush per message.
 */
abstract class FileSink implements MessageSink {
    /** A written message waiting for {@link #sync()}. */
    private record Unsynced(Path temp, Path target) {
    }

    protected final Path dir;
    private final List<Unsynced> unsynced = new java.util.ArrayList<>(); // guarded by itself
    /** Renames into the folder so far, and how many of them the last directory sync covered. */
    private final java.util.concurrent.atomic.AtomicLong renames = new java.util.concurrent.atomic.AtomicLong();
    /** Syncs in the order they took their files, and how far all of them are finished (guarded by unsynced). */
    private long ticketsIssued;
    private long finishedUpTo;
    private final java.util.Set<Long> finishedTickets = new java.util.HashSet<>();
    private boolean failedSync;
    private final Object folderSync = new Object();
    private long syncedRenames; // guarded by folderSync

    FileSink(Path dir) {
        this.dir = dir;
    }

    /** Path relative to {@link #dir} of the finished file. */
    abstract String fileName(FetchedMessage m);

    abstract Path tempDir() throws IOException;

    /** The folder holding finished files, and how to read a UID back from a name (-1 if not ours). */
    abstract Path finishedDir();

    abstract long uidOf(String fileName);

    @Override
    public void recover(List<ManifestEntry> recorded) throws IOException {
        Set<String> known = new HashSet<>();
        recorded.forEach(e -> known.add(dir.resolve(e.file()).getFileName().toString()));
        // a flag update renames Maildir files after the manifest records the new names: a crash in between leaves
        // the message under its old name, which is renamed now rather than dropped
        java.util.Map<Long, Path> missingByUid = new java.util.HashMap<>();
        for (ManifestEntry e : recorded) {
            if (!Files.exists(dir.resolve(e.file()))) {
                missingByUid.put(e.uid(), dir.resolve(e.file()));
            }
        }
        try (Stream<Path> tmp = Files.list(tempDir())) {
            for (Path p : (Iterable<Path>) tmp::iterator) {
                if (p.getFileName().toString().endsWith(".part")) {
                    Files.deleteIfExists(p);
                }
            }
        }
        if (!Files.isDirectory(finishedDir())) {
            return;
        }
        try (Stream<Path> files = Files.list(finishedDir())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                Path recordedAs = missingByUid.remove(uidOf(name));
                if (recordedAs != null && !known.contains(name)) {
                    Files.move(p, recordedAs, StandardCopyOption.ATOMIC_MOVE);
                    renames.incrementAndGet();
                } else if (uidOf(name) >= 0 && !known.contains(name)) {
                    // renamed before the crash, never recorded: it is fetched again, so drop this copy
                    Files.delete(p);
                }
            }
        }
    }

    @Override
    public void renameRecorded(String from, String to) throws IOException {
        if (!from.equals(to) && Files.exists(dir.resolve(from))) {
            Files.move(dir.resolve(from), dir.resolve(to), StandardCopyOption.ATOMIC_MOVE);
            renames.incrementAndGet();
        }
    }

    /** Writes the temporary file; {@link #sync()} makes it durable and gives it its name. */
    @Override
    public Stored write(FetchedMessage m) throws IOException {
        return writeAs(fileName(m), m);
    }

    /** Under the recorded name (a Maildir name keeps the flags recorded with it), replacing a damaged file. */
    @Override
    public Stored rewrite(ManifestEntry recorded, FetchedMessage m) throws IOException {
        return writeAs(recorded.file(), m);
    }

    private Stored writeAs(String name, FetchedMessage m) throws IOException {
        Path target = dir.resolve(name);
        Path temp = tempDir().resolve(target.getFileName() + ".part");
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(m.raw(), m.offset(), m.length());
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
        synchronized (unsynced) {
            unsynced.add(new Unsynced(temp, target));
        }
        return new Stored(name, null, null, null);
    }

    /**
     * Every message written before the call: fsync of its temporary file, rename to its name, then one fsync of
     * the folder. Several writer threads may sync at once (connections of one export share a folder): each fsyncs
     * the files it took side by side with the others (the file system joins concurrent flushes), but returns only
     * once every file taken by an earlier call is renamed too, and a folder fsync that began after all those
     * renames is done: whatever it wrote, whoever synced it, is then durable.
     */
    @Override
    public void sync() throws IOException {
        List<Unsynced> batch;
        long ticket;
        synchronized (unsynced) {
            batch = new java.util.ArrayList<>(unsynced);
            unsynced.clear();
            ticket = ++ticketsIssued;
        }
        boolean ok = false;
        try {
            for (Unsynced u : batch) {
                try (FileChannel ch = FileChannel.open(u.temp(), StandardOpenOption.WRITE)) {
                    ch.force(false);
                }
            }
            for (Unsynced u : batch) {
                Files.move(u.temp(), u.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                renames.incrementAndGet();
            }
            ok = true;
        } finally {
            finish(ticket, ok);
        }
        awaitEarlier(ticket);
        long mine = renames.get();
        synchronized (folderSync) {
            if (syncedRenames < mine) {
                long upTo = renames.get(); // every rename counted here is finished: the fsync below covers it
                AtomicFiles.forceDirectory(finishedDir());
                syncedRenames = upTo;
            }
        }
    }

    private void finish(long ticket, boolean ok) {
        synchronized (unsynced) {
            failedSync |= !ok;
            finishedTickets.add(ticket);
            while (finishedTickets.remove(finishedUpTo + 1)) {
                finishedUpTo++;
            }
            unsynced.notifyAll();
        }
    }

    /** Waits for the syncs that took files before this one; a failed one fails this one too. */
    private void awaitEarlier(long ticket) throws IOException {
        synchronized (unsynced) {
            while (finishedUpTo < ticket) {
                try {
                    unsynced.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while syncing");
                }
            }
            if (failedSync) {
                throw new IOException("an earlier sync of " + dir + " failed / 以前の同期に失敗しました");
            }
        }
    }

    @Override
    public byte[] read(ManifestEntry e) throws IOException {
        return Files.readAllBytes(dir.resolve(e.file()));
    }

    @Override
    public void close() throws IOException {
        sync();
    }
}
