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
import java.util.List;

/**
 * The per-generation manifest: JSON lines, appended and synced only after the messages they describe are on
 * disk. A line torn by a crash (no newline, or not JSON) is cut off on load, so the manifest never claims a
 * message that is not there. Several connections of one export append to the same manifest: appends are serialised,
 * each one whole lines.
 */
public final class Manifest {
    public static final String FILE = "manifest.jsonl";

    private final Path file;
    private final List<ManifestEntry> entries;

    private Manifest(Path file, List<ManifestEntry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /**
     * Loads (and repairs a torn tail of) the manifest in {@code generationDir}; empty when there is none. A crash
     * can only tear the end of the file; an unreadable line with readable ones after it is damage, and cutting there
     * would drop the lines after it (and their files with the next recover), so that is refused: {@code archive
     * repair} removes such lines ({@link #loadDroppingDamagedLines}).
     */
    public static Manifest load(Path generationDir) throws IOException {
        Path file = generationDir.resolve(FILE);
        if (!Files.exists(file)) {
            return new Manifest(file, new ArrayList<>());
        }
        Lines lines = Lines.parse(Files.readAllBytes(file));
        if (!lines.damaged().isEmpty()) {
            int first = lines.damaged().get(0);
            if (lines.parsedAfterLine(first)) {
                throw new IOException(file + " line " + first + " is damaged; `mailbench archive repair` removes it"
                        + " / マニフェストの " + first + " 行目が壊れています（archive repair で修復できます）");
            }
        }
        if (lines.goodLength() < lines.length()) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(lines.goodLength());
                ch.force(true);
            }
        }
        return new Manifest(file, lines.entries());
    }

    /**
     * For repair: the readable lines, wherever the unreadable ones are; the manifest is rewritten atomically without
     * the unreadable ones (and without a torn tail). {@code dropped} receives "line N" for each line removed.
     */
    public static Manifest loadDroppingDamagedLines(Path generationDir, List<String> dropped) throws IOException {
        Path file = generationDir.resolve(FILE);
        if (!Files.exists(file)) {
            return new Manifest(file, new ArrayList<>());
        }
        byte[] all = Files.readAllBytes(file);
        Lines lines = Lines.parse(all);
        lines.damaged().forEach(n -> dropped.add("line " + n));
        if (!lines.damaged().isEmpty() || lines.completeLength() < all.length) {
            AtomicFiles.write(file, lines(lines.entries()));
        }
        return new Manifest(file, lines.entries());
    }

    /**
     * The newline-terminated lines of a manifest: every entry read, the numbers (from 1) of the lines read and of
     * those that are not entries, the length up to the first unreadable line and up to the last newline.
     */
    private record Lines(List<ManifestEntry> entries, List<Integer> parsed, List<Integer> damaged, int goodLength,
                         int completeLength, int length) {
        static Lines parse(byte[] all) {
            List<ManifestEntry> entries = new ArrayList<>();
            List<Integer> parsed = new ArrayList<>();
            List<Integer> damaged = new ArrayList<>();
            int good = 0;
            int start = 0;
            int n = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] != '\n') {
                    continue;
                }
                n++;
                String line = new String(all, start, i - start, StandardCharsets.UTF_8).trim();
                if (!line.isEmpty()) {
                    try {
                        entries.add(Json.mapper().readValue(line, ManifestEntry.class));
                        parsed.add(n);
                    } catch (IOException unreadable) {
                        damaged.add(n);
                    }
                }
                start = i + 1;
                if (damaged.isEmpty()) {
                    good = start;
                }
            }
            return new Lines(entries, parsed, damaged, good, start, all.length);
        }

        boolean parsedAfterLine(int line) {
            return parsed.stream().anyMatch(p -> p > line);
        }
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

    /** A copy: connections of one export append from several threads. */
    public synchronized List<ManifestEntry> entries() {
        return List.copyOf(entries);
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
    public synchronized void replace(java.util.Map<Long, ManifestEntry> changed) throws IOException {
        if (changed.isEmpty()) {
            return;
        }
        entries.replaceAll(e -> changed.getOrDefault(e.uid(), e));
        AtomicFiles.write(file, lines(entries));
    }

    /** Appends and fsyncs; callers sync the messages first. */
    public synchronized void append(List<ManifestEntry> added) throws IOException {
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
