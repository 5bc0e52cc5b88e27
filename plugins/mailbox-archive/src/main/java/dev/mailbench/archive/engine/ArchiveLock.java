package dev.mailbench.archive.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per archive: a second export (another window, a cancelled one still finishing its message) would
 * interleave mbox appends. The OS drops the lock when the process dies, even on kill -9.
 */
final class ArchiveLock implements AutoCloseable {
    static final String FILE = ".archive.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ArchiveLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static ArchiveLock acquire(Path archiveRoot) throws IOException {
        Files.createDirectories(archiveRoot);
        FileChannel ch = FileChannel.open(archiveRoot.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new IOException("another export is writing to " + archiveRoot + " / 別のエクスポートがこの保存先に書き込み中です");
        }
        return new ArchiveLock(ch, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
