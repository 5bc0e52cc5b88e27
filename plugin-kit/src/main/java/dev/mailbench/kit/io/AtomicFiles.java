package dev.mailbench.kit.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * User-data writes that never leave a torn file: the bytes go to a temp file in the same folder, are
 * forced to disk, and the temp file is renamed over the target in one step; the folder is then forced so
 * the rename itself survives a power cut. A crash at any moment leaves either the old or the new content
 * under the target name (plus, at worst, a stray temp file, which the next write of the same file removes).
 * The one implementation for the host and every plugin.
 *
 * <p>Permissions: a file that existed keeps its mode (a project shared at 0644 stays 0644); a new file gets
 * the temp file's owner-only mode (0600 on POSIX systems), since user data may name customers.
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
        removeStaleTemps(dir, file.getFileName().toString());
        if (backup != null) {
            removeStaleTemps(dir, backup.getFileName().toString());
        }
        if (backup != null && Files.exists(file)) {
            // A copy (not a rename) of the old file: the target name must never be missing, even briefly.
            Path bakTemp = writeTemp(dir, backup.getFileName().toString(), out -> Files.copy(file, out));
            keepMode(backup.toAbsolutePath(), file, bakTemp);
            moveAtomically(bakTemp, backup.toAbsolutePath());
        }
        Path temp = writeTemp(dir, file.getFileName().toString(), content);
        keepMode(file, null, temp);
        moveAtomically(temp, file);
        forceDirectory(dir);
    }

    /** Temp files of an earlier write of {@code name} that was killed before its rename ({@code .name.<n>.tmp}). */
    private static void removeStaleTemps(Path dir, String name) {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".tmp")
                        && isTempSuffix(p.getFileName().toString().substring(prefix.length())))) {
            for (Path stale : temps) {
                Files.deleteIfExists(stale);
            }
        } catch (IOException | RuntimeException ignored) {
            // Tidying only: a stray temp file harms nothing but the view of the folder.
        }
    }

    /** {@code <digits>.tmp}: what {@link Files#createTempFile} adds between prefix and suffix. */
    private static boolean isTempSuffix(String rest) {
        String digits = rest.substring(0, rest.length() - ".tmp".length());
        return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit);
    }

    /** Gives {@code temp} the mode of {@code existing} (or of {@code fallback}) when there is one to keep. */
    private static void keepMode(Path existing, Path fallback, Path temp) {
        Path source = Files.exists(existing) ? existing : fallback != null && Files.exists(fallback) ? fallback : null;
        if (source == null) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(source));
        } catch (UnsupportedOperationException | IOException ignored) {
            // Not a POSIX file system (Windows): files there inherit the folder's access rules anyway.
        }
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
