package dev.mailbench.archive.engine;

import dev.mailbench.imap.Hashes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an archive folder holds, from its manifests (no message is read): for the handover document and the
 * command line.
 *
 * @param manifestSha256 SHA-256 of each folder's current manifest file: proves later that the manifest (and
 *                       through its hashes, every message) is unchanged
 * @param protocol       {@code imap} or {@code pop3} ({@link ArchiveIndex#protocol()})
 */
public record ArchiveSummary(Path root, ArchiveFormat format, String user, List<Folder> folders, String protocol) {

    public record Folder(String name, String path, long uidValidity, int messages, long bytes, String manifestSha256) {
    }

    public int messages() {
        return folders.stream().mapToInt(Folder::messages).sum();
    }

    public long bytes() {
        return folders.stream().mapToLong(Folder::bytes).sum();
    }

    public static ArchiveSummary of(Path root) throws IOException {
        ArchiveIndex idx = ArchiveIndex.load(root);
        List<Folder> folders = new ArrayList<>();
        for (var e : idx.folders().entrySet()) {
            Path gen = idx.resolve(e.getValue().generationDir());
            Path manifest = gen.resolve(Manifest.FILE);
            List<ManifestEntry> entries = Files.exists(manifest) ? Manifest.read(gen, new ArrayList<>()) : List.of();
            folders.add(new Folder(e.getKey(), e.getValue().generationDir(), e.getValue().uidValidity(), entries.size(),
                    entries.stream().mapToLong(ManifestEntry::size).sum(),
                    Files.exists(manifest) ? Hashes.sha256Hex(Files.readAllBytes(manifest)) : ""));
        }
        return new ArchiveSummary(root, idx.format(), idx.user(), folders, idx.protocol());
    }
}
