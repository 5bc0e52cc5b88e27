package dev.mailbench.kit.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * User-data writes that never leave a torn file: the bytes go to a temp file in the same folder, are
 * forced to disk, and the temp file is renamed over the target in one step; the folder is then forced so
 * the rename itself survives a power cut. A crash at any moment leaves either the old or the new content
 * under the target name (plus, at worst, a stray temp file). The one implementation for the host and
 * every plugin.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Streams the new content of a file; called once, on the caller's thread. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), null);
    }

    /**
     * Writes {@code bytes} to {@code target} atomically; when {@code backup} is given and the target exists,
     * the previous content is first placed (itself atomically) at {@code backup}.
     */
    public static void write(Path target, byte[] bytes, Path backup) throws IOException {
        write(target, out -> out.write(bytes), backup);
    }

    /** Writes what {@code content} streams to {@code target} atomically (for content too large to build first). */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, null);
    }

    private static void write(Path target, Content content, Path backup) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Files.createDirectories(dir);
        if (backup != null && Files.exists(file)) {
            // A copy (not a rename) of the old file: the target name must never be missing, even briefly.
            Path bakTemp = writeTemp(dir, backup.getFileName().toString(), out -> Files.copy(file, out));
            moveAtomically(bakTemp, backup.toAbsolutePath());
        }
        Path temp = writeTemp(dir, file.getFileName().toString(), content);
        moveAtomically(temp, file);
        forceDirectory(dir);
    }

    private static Path writeTemp(Path dir, String name, Content content) throws IOException {
        Path temp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /**
     * Renames {@code from} over {@code to} in one step (both in the same folder); the caller has forced
     * {@code from} to disk and forces the folder afterwards.
     */
    public static void moveAtomically(Path from, Path to) throws IOException {
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

    /** Makes the renames in {@code dir} durable. Not possible on Windows (cannot open a directory), hence best effort. */
    public static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Best effort by design: see above.
        }
    }
}
