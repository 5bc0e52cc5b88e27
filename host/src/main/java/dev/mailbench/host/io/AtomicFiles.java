package dev.mailbench.host.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * User-data writes that never leave a torn file: the bytes go to a temp file in the same folder, are
 * forced to disk, and the temp file is renamed over the target in one step. A crash at any moment leaves
 * either the old or the new content under the target name (plus, at worst, a stray temp file).
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, null);
    }

    /**
     * Writes {@code bytes} to {@code target} atomically; when {@code backup} is given and the target exists,
     * the previous content is first placed (itself atomically) at {@code backup}.
     */
    public static void write(Path target, byte[] bytes, Path backup) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Files.createDirectories(dir);
        if (backup != null && Files.exists(file)) {
            // A copy (not a rename) of the old file: the target name must never be missing, even briefly.
            Path bakTemp = writeTemp(dir, backup.getFileName().toString(), Files.readAllBytes(file));
            moveAtomically(bakTemp, backup.toAbsolutePath());
        }
        Path temp = writeTemp(dir, file.getFileName().toString(), bytes);
        moveAtomically(temp, file);
        forceDirectory(dir);
    }

    private static Path writeTemp(Path dir, String name, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on exotic file systems; a plain replace is the best left.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(from);
            throw e;
        }
    }

    /** Makes the rename itself durable. Not possible on Windows (cannot open a directory), hence best effort. */
    public static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Best effort by design: see above.
        }
    }
}
