package dev.mailbench.archive.engine;

import dev.mailbench.imap.ImapConnection;
import dev.mailbench.imap.FetchedMessage;
import dev.mailbench.imap.Hashes;
import dev.mailbench.imap.Pop3Connection;

import dev.mailbench.imap.ImapConnection.MessageSummary;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Proves an archive holds what its manifests say, and optionally what the server has. Reads only; repairs nothing. */
public final class ArchiveVerifier {

    public enum ProblemKind {
        HASH_MISMATCH, SIZE_MISMATCH, MISSING_FILE, DUPLICATE_UID, UNRECORDED_FILE, BAD_MANIFEST_LINE,
        /** on the server, not in the archive */
        MISSING_FROM_ARCHIVE,
        /** in the archive with another size than on the server */
        SERVER_SIZE_DIFFERS,
        /** the server's bytes hash differently from the archived ones */
        SERVER_HASH_DIFFERS,
        /** the server's UIDVALIDITY is not the archive's current generation */
        UIDVALIDITY_DIFFERS,
        FOLDER_NOT_ON_SERVER
    }

    public record Problem(String folder, long uid, ProblemKind kind, String detail) {
    }

    /** @param checked messages re-hashed; {@code serverChecked} whether the server comparison ran */
    public record Report(int folders, int checked, long bytes, List<Problem> problems, boolean serverChecked) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ArchiveVerifier() {
    }

    public static Report verify(Path root) throws IOException {
        return verify(root, null);
    }

    /** @param server when non-null, also compares counts, UIDs and sizes with the server */
    public static Report verify(Path root, ImapConnection server) throws IOException {
        return verify(root, server, false);
    }

    /**
     * @param server        when non-null, also compares counts, UIDs and sizes with the server
     * @param compareHashes with a server: also fetches every message again (BODY.PEEK[]) and compares SHA-256
     */
    public static Report verify(Path root, ImapConnection server, boolean compareHashes) throws IOException {
        ArchiveIndex idx = ArchiveIndex.load(root);
        List<Problem> problems = new ArrayList<>();
        int checked = 0;
        long bytes = 0;
        Map<String, Map<Long, Long>> current = new HashMap<>();
        Map<String, Map<Long, String>> currentHashes = new HashMap<>();
        for (var f : idx.folders().entrySet()) {
            String name = f.getKey();
            for (Path gen : idx.generations(f.getValue())) {
                boolean isCurrent = gen.getFileName().toString().equals("#v" + f.getValue().uidValidity());
                List<String> bad = new ArrayList<>();
                List<ManifestEntry> entries = Files.exists(gen.resolve(Manifest.FILE))
                        ? Manifest.read(gen, bad) : List.of();
                bad.forEach(b -> problems.add(new Problem(name, -1, ProblemKind.BAD_MANIFEST_LINE, gen.getFileName() + " " + b)));
                Set<Long> uids = new HashSet<>();
                Set<String> files = new HashSet<>();
                Map<Long, Long> sizes = new HashMap<>();
                Map<Long, String> hashes = new HashMap<>();
                try (MessageSink sink = readerFor(idx.format(), gen)) {
                    for (ManifestEntry e : entries) {
                        if (!uids.add(e.uid())) {
                            problems.add(new Problem(name, e.uid(), ProblemKind.DUPLICATE_UID, gen.getFileName().toString()));
                            continue;
                        }
                        files.add(e.file());
                        sizes.put(e.uid(), e.size());
                        hashes.put(e.uid(), e.sha256());
                        StoredCheck c = check(sink, e);
                        if (c.problem() != ProblemKind.MISSING_FILE) {
                            checked++;
                            bytes += c.bytesRead();
                        }
                        if (c.problem() != null) {
                            problems.add(new Problem(name, e.uid(), c.problem(), c.detail()));
                        }
                    }
                }
                if (idx.format() != ArchiveFormat.MBOX) {
                    for (String extra : unrecordedFiles(idx.format(), gen, files)) {
                        problems.add(new Problem(name, -1, ProblemKind.UNRECORDED_FILE, extra));
                    }
                }
                if (isCurrent) {
                    current.put(name, sizes);
                    currentHashes.put(name, hashes);
                }
            }
        }
        if (server != null) {
            compareWithServer(idx, server, current, compareHashes ? currentHashes : null, problems);
        }
        return new Report(idx.folders().size(), checked, bytes, problems, server != null);
    }

    /**
     * A POP3 archive: re-hashes it against its manifests, then compares it with the maildrop by UIDL (every
     * message there is archived, with the same size; with {@code compareHashes} also the same SHA-256, fetched
     * again with RETR, which changes nothing on the server).
     */
    public static Report verify(Path root, Pop3Connection server, boolean compareHashes) throws IOException {
        Report local = verify(root);
        ArchiveIndex idx = ArchiveIndex.load(root);
        List<Problem> problems = new ArrayList<>(local.problems());
        var inbox = idx.folders().get(Pop3Exporter.FOLDER);
        Map<String, ManifestEntry> byUidl = new HashMap<>();
        if (inbox != null) {
            Path gen = idx.resolve(inbox.generationDir());
            if (Files.exists(gen.resolve(Manifest.FILE))) {
                for (ManifestEntry e : Manifest.read(gen, new ArrayList<>())) {
                    if (e.uidl() != null) {
                        byUidl.put(e.uidl(), e);
                    }
                }
            }
        }
        List<Pop3Connection.Pop3Message> toHash = new ArrayList<>();
        for (Pop3Connection.Pop3Message m : server.list()) {
            ManifestEntry e = byUidl.get(m.uidl());
            if (e == null) {
                problems.add(new Problem(Pop3Exporter.FOLDER, -1, ProblemKind.MISSING_FROM_ARCHIVE, "UIDL " + m.uidl()));
            } else if (e.size() != m.size()) {
                problems.add(new Problem(Pop3Exporter.FOLDER, e.uid(), ProblemKind.SERVER_SIZE_DIFFERS,
                        "UIDL " + m.uidl() + ": " + e.size() + " ≠ " + m.size()));
            } else {
                toHash.add(m);
            }
        }
        if (compareHashes) {
            // batches keep memory bounded whatever the maildrop size
            for (int i = 0; i < toHash.size(); i += 100) {
                List<Pop3Connection.Pop3Message> batch = toHash.subList(i, Math.min(toHash.size(), i + 100));
                List<byte[]> raw = server.retrieve(batch.stream().map(Pop3Connection.Pop3Message::number).toList());
                for (int k = 0; k < batch.size(); k++) {
                    ManifestEntry e = byUidl.get(batch.get(k).uidl());
                    if (raw.get(k) == null || !Hashes.sha256Hex(raw.get(k)).equals(e.sha256())) {
                        problems.add(new Problem(Pop3Exporter.FOLDER, e.uid(), ProblemKind.SERVER_HASH_DIFFERS,
                                "UIDL " + batch.get(k).uidl()));
                    }
                }
            }
        }
        return new Report(local.folders(), local.checked(), local.bytes(), problems, true);
    }

    /** The state of one recorded message's stored copy: {@code problem} null when it is intact. */
    record StoredCheck(ProblemKind problem, String detail, long bytesRead) {
    }

    /**
     * Reads a recorded message back and compares it with its manifest line: MISSING_FILE (absent, or an mbox that
     * ends before it), SIZE_MISMATCH or HASH_MISMATCH. Verify and repair judge a copy by this one rule.
     */
    static StoredCheck check(MessageSink sink, ManifestEntry e) {
        byte[] data;
        try {
            data = sink.read(e);
        } catch (IOException missing) {
            return new StoredCheck(ProblemKind.MISSING_FILE, e.file(), 0);
        }
        if (data.length != e.size()) {
            return new StoredCheck(ProblemKind.SIZE_MISMATCH, data.length + " ≠ " + e.size(), data.length);
        }
        if (!Hashes.sha256Hex(data).equals(e.sha256())) {
            return new StoredCheck(ProblemKind.HASH_MISMATCH, e.file(), data.length);
        }
        return new StoredCheck(null, null, data.length);
    }

    private static MessageSink readerFor(ArchiveFormat format, Path gen) throws IOException {
        if (format == ArchiveFormat.MBOX && !Files.exists(gen.resolve(MboxSink.FILE))) {
            Files.createFile(gen.resolve(MboxSink.FILE));
        }
        return MessageSink.open(format, gen);
    }

    private static List<String> unrecordedFiles(ArchiveFormat format, Path gen, Set<String> recorded) throws IOException {
        Path dir = format == ArchiveFormat.MAILDIR ? gen.resolve("cur") : gen;
        String prefix = format == ArchiveFormat.MAILDIR ? "cur/" : "";
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile).map(p -> prefix + p.getFileName())
                    .filter(n -> !n.equals(Manifest.FILE) && !recorded.contains(n)).sorted().forEach(out::add);
        }
        return out;
    }

    private static void compareWithServer(ArchiveIndex idx, ImapConnection server, Map<String, Map<Long, Long>> archived,
                                          Map<String, Map<Long, String>> hashes, List<Problem> problems) throws IOException {
        try {
            Set<String> onServer = new HashSet<>();
            server.folders().forEach(f -> onServer.add(f.getFullName()));
            for (var f : idx.folders().entrySet()) {
                String name = f.getKey();
                if (!onServer.contains(name)) {
                    problems.add(new Problem(name, -1, ProblemKind.FOLDER_NOT_ON_SERVER, ""));
                    continue;
                }
                var open = server.examine(name);
                if (open.getUIDValidity() != f.getValue().uidValidity()) {
                    problems.add(new Problem(name, -1, ProblemKind.UIDVALIDITY_DIFFERS,
                            f.getValue().uidValidity() + " ≠ " + open.getUIDValidity()));
                    continue;
                }
                Map<Long, Long> sizes = archived.getOrDefault(name, Map.of());
                List<Long> toHash = new ArrayList<>();
                for (MessageSummary s : server.summaries(open)) {
                    Long size = sizes.get(s.uid());
                    if (size == null) {
                        problems.add(new Problem(name, s.uid(), ProblemKind.MISSING_FROM_ARCHIVE, ""));
                    } else if (size != s.size()) {
                        problems.add(new Problem(name, s.uid(), ProblemKind.SERVER_SIZE_DIFFERS, size + " ≠ " + s.size()));
                    } else {
                        toHash.add(s.uid());
                    }
                }
                if (hashes != null) {
                    Map<Long, String> expected = hashes.getOrDefault(name, Map.of());
                    // batches keep memory bounded whatever the folder size
                    for (int i = 0; i < toHash.size(); i += 100) {
                        for (FetchedMessage m : server.fetchRaw(open, toHash.subList(i, Math.min(toHash.size(), i + 100)))) {
                            if (!m.sha256().equals(expected.get(m.uid()))) {
                                problems.add(new Problem(name, m.uid(), ProblemKind.SERVER_HASH_DIFFERS, ""));
                            }
                        }
                    }
                }
            }
        } catch (MessagingException e) {
            throw new IOException("server comparison failed: " + e.getMessage(), e);
        }
    }
}
