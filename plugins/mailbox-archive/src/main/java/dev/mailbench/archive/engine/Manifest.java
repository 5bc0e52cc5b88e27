package dev.mailbench.archive.engine;

import dev.mailbench.kit.io.AtomicFiles;
import dev.mailbench.kit.json.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The per-generation manifest: JSON lines, appended and synced only after the messages they describe are on
 * disk. A line torn by a crash (no newline, or not JSON) is cut off on load, so the manifest never claims a
 * message that is not there.
 */
public final class Manifest {
    public static final String FILE = "manifest.jsonl";

    private final Path file;
    private final List<ManifestEntry> entries;

    private Manifest(Path file, List<ManifestEntry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Loads (and repairs a torn tail of) the manifest in {@code generationDir}; empty when there is none. */
    public static Manifest load(Path generationDir) throws IOException {
        Path file = generationDir.resolve(FILE);
        List<ManifestEntry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Manifest(file, entries);
        }
        byte[] all = Files.readAllBytes(file);
        int good = 0;
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] != '\n') {
                continue;
            }
            String line = new String(all, start, i - start, StandardCharsets.UTF_8).trim();
            if (!line.isEmpty()) {
                try {
                    entries.add(Json.mapper().readValue(line, ManifestEntry.class));
                } catch (IOException torn) {
                    break;
                }
            }
            good = i + 1;
            start = i + 1;
        }
        if (good < all.length) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(good);
                ch.force(true);
            }
        }
        return new Manifest(file, entries);
    }

    /** Only reads: for verify, which must not repair what it is checking. */
    public static List<ManifestEntry> read(Path generationDir, List<String> problems) throws IOException {
        Path file = generationDir.resolve(FILE);
        List<ManifestEntry> entries = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(Json.mapper().readValue(line, ManifestEntry.class));
            } catch (IOException e) {
                problems.add("line " + n + ": " + "not a manifest line (" + e.getClass().getSimpleName() + ")");
            }
        }
        return entries;
    }

    public List<ManifestEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public Path file() {
        return file;
    }

    /**
     * Replaces the flags (and, for Maildir, the file names that carry them) of recorded messages: the whole
     * manifest is written atomically ({@link AtomicFiles}), so it is either all old or all new. Callers rename
     * the files only after this returns; {@link FileSink#recover} finishes a rename a crash interrupted.
     *
     * @param changed uid → the entry with its new flags and file
     */
    public void replace(java.util.Map<Long, ManifestEntry> changed) throws IOException {
        if (changed.isEmpty()) {
            return;
        }
        entries.replaceAll(e -> changed.getOrDefault(e.uid(), e));
        AtomicFiles.write(file, lines(entries));
    }

    /** Appends and fsyncs; callers sync the messages first. */
    public void append(List<ManifestEntry> added) throws IOException {
        if (added.isEmpty()) {
            return;
        }
        boolean created = !Files.exists(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(lines(added));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        if (created) {
            AtomicFiles.forceDirectory(file.getParent());
        }
        entries.addAll(added);
    }

    /** One line per entry, as every manifest since the first was written: verified archives depend on these bytes. */
    static byte[] lines(List<ManifestEntry> list) {
        StringBuilder sb = new StringBuilder();
        for (ManifestEntry e : list) {
            sb.append(Json.line(e)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
