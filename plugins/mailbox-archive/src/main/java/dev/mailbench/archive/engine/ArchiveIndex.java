package dev.mailbench.archive.engine;

import dev.mailbench.kit.io.AtomicFiles;
import dev.mailbench.kit.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code archive.json} at the archive root: the format, the account, and for every folder its directory
 * (under {@code mail/}) and current UIDVALIDITY generation. A folder keeps its directory across runs, so a
 * later name collision can never move it.
 */
public final class ArchiveIndex {
    public static final String FILE = "archive.json";
    public static final String MAIL_DIR = "mail";

    /**
     * @param path         relative to the archive root, {@code /}-separated
     * @param completeUidNext the server's UIDNEXT when a run last archived every message of the folder (0 = never);
     *                     with an unchanged UIDVALIDITY, UIDNEXT and message count nothing can be new, so the next
     *                     run skips the folder without listing its messages
     * @param completeCount the folder's message count at that moment
     * @param highestModSeq the server's HIGHESTMODSEQ at that moment (CONDSTORE servers; 0 = unknown): unchanged
     *                     means no flag changed either; otherwise the next run asks only for the flags changed
     *                     since (CHANGEDSINCE) instead of listing every message
     */
    public record FolderEntry(String path, String separator, long uidValidity, long completeUidNext, int completeCount,
                              long highestModSeq) {
        public String generationDir() {
            return path + "/#v" + uidValidity;
        }
    }

    /** @param protocol {@code imap} or {@code pop3}; absent in archives written before POP3 existed (= imap) */
    public record Data(int version, String format, String host, String user, Map<String, FolderEntry> folders,
                       String updatedAt, String protocol) {
    }

    public static final String IMAP = "imap";
    public static final String POP3 = "pop3";

    private final Path root;
    private final ArchiveFormat format;
    private final String host;
    private final String user;
    private final Map<String, FolderEntry> folders;
    private final String protocol;
    /** The folders as last read or written: a run that changed nothing does not rewrite (and fsync) the file. */
    private Map<String, FolderEntry> saved;

    private ArchiveIndex(Path root, ArchiveFormat format, String host, String user, Map<String, FolderEntry> folders,
                         String protocol) {
        this.root = root;
        this.protocol = protocol;
        this.format = format;
        this.host = host;
        this.user = user;
        this.folders = folders;
    }

    public static boolean exists(Path root) {
        return Files.isRegularFile(root.resolve(FILE));
    }

    public static ArchiveIndex load(Path root) throws IOException {
        Data d = Json.mapper().readValue(root.resolve(FILE).toFile(), Data.class);
        ArchiveIndex idx = new ArchiveIndex(root, ArchiveFormat.parse(d.format()), d.host(), d.user(),
                new LinkedHashMap<>(d.folders() == null ? Map.of() : d.folders()),
                d.protocol() == null ? IMAP : d.protocol());
        idx.saved = new LinkedHashMap<>(idx.folders);
        return idx;
    }

    /** Opens the archive in {@code root}, creating it; refuses to mix formats or accounts in one archive. */
    public static ArchiveIndex openOrCreate(Path root, ArchiveFormat format, String host, String user) throws IOException {
        return openOrCreate(root, format, IMAP, host, user);
    }

    /** Likewise, and refuses to mix an IMAP and a POP3 archive of one account (their keys differ: UID vs UIDL). */
    public static ArchiveIndex openOrCreate(Path root, ArchiveFormat format, String protocol, String host, String user)
            throws IOException {
        if (exists(root)) {
            ArchiveIndex idx = load(root);
            if (idx.format != format) {
                throw new IOException("the archive in " + root + " is " + idx.format.id() + ", not " + format.id()
                        + " / この保存先は " + idx.format.id() + " 形式です");
            }
            if (!idx.user.equalsIgnoreCase(user)) {
                throw new IOException("the archive in " + root + " belongs to " + idx.user
                        + " / この保存先は別のアカウント (" + idx.user + ") のものです");
            }
            if (!idx.protocol.equals(protocol)) {
                throw new IOException("the archive in " + root + " was made over " + idx.protocol + ", not " + protocol
                        + " / この保存先は " + idx.protocol.toUpperCase(Locale.ROOT) + " で作成されています");
            }
            return idx;
        }
        Files.createDirectories(root);
        return new ArchiveIndex(root, format, host, user, new LinkedHashMap<>(), protocol);
    }

    public Path root() {
        return root;
    }

    public ArchiveFormat format() {
        return format;
    }

    public String user() {
        return user;
    }

    /** {@link #IMAP} or {@link #POP3}. */
    public String protocol() {
        return protocol;
    }

    public String host() {
        return host;
    }

    public Map<String, FolderEntry> folders() {
        return folders;
    }

    /** Records the folder's generation, choosing a directory the first time it is seen. */
    public FolderEntry track(String folderName, char separator, long uidValidity) {
        FolderEntry existing = folders.get(folderName);
        String path = existing != null ? existing.path() : freePath(folderName, separator);
        boolean sameGeneration = existing != null && existing.uidValidity() == uidValidity;
        FolderEntry e = new FolderEntry(path, String.valueOf(separator), uidValidity,
                sameGeneration ? existing.completeUidNext() : 0, sameGeneration ? existing.completeCount() : 0,
                sameGeneration ? existing.highestModSeq() : 0);
        folders.put(folderName, e);
        return e;
    }

    private String freePath(String folderName, char separator) {
        String base = MAIL_DIR + "/" + String.join("/", FolderFileNames.toPath(folderName, separator));
        // Windows and macOS compare names without case (and macOS without normalization form): "Sent" and "sent"
        // would share one directory there, so the second one gets a suffix. '#' never occurs in an escaped name.
        Set<String> taken = new HashSet<>();
        folders.values().forEach(f -> taken.add(f.path().toLowerCase(Locale.ROOT)));
        String candidate = base;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "#" + n;
        }
        return candidate;
    }

    /** Remembers that the folder's current generation holds every message the server had at {@code uidNext}. */
    public void markComplete(String folderName, long uidNext, int count) {
        markComplete(folderName, uidNext, count, 0);
    }

    /** Likewise, with the HIGHESTMODSEQ the run started from (its flags are in the manifest). */
    public void markComplete(String folderName, long uidNext, int count, long highestModSeq) {
        FolderEntry e = folders.get(folderName);
        folders.put(folderName, new FolderEntry(e.path(), e.separator(), e.uidValidity(), uidNext, count,
                Math.max(0, highestModSeq)));
    }

    /**
     * Forgets that the folder was complete, so the next export lists it again instead of skipping it on its STATUS
     * (a repair removed manifest lines: their messages are fetched again).
     */
    public void markIncomplete(String folderName) {
        FolderEntry e = folders.get(folderName);
        if (e != null) {
            folders.put(folderName, new FolderEntry(e.path(), e.separator(), e.uidValidity(), 0, 0, 0));
        }
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    /** Writes {@code archive.json} atomically ({@link AtomicFiles}); skipped when nothing changed since. */
    public void save() throws IOException {
        if (folders.equals(saved) && exists(root)) {
            return;
        }
        Data d = new Data(1, format.id(), host, user, folders, java.time.Instant.now().toString(), protocol);
        AtomicFiles.write(root.resolve(FILE), Json.pretty(d).getBytes(StandardCharsets.UTF_8));
        saved = new LinkedHashMap<>(folders);
    }

    /** Every generation directory of a folder, oldest first (a UIDVALIDITY change leaves the old one in place). */
    public List<Path> generations(FolderEntry e) throws IOException {
        Path dir = root.resolve(e.path());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("#v") && Files.isDirectory(p)).sorted().toList();
        }
    }
}
