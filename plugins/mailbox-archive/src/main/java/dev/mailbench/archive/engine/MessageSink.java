package dev.mailbench.archive.engine;

import dev.mailbench.imap.FetchedMessage;
import dev.mailbench.kit.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes messages of one folder generation in one format. Contract: after {@link #sync()} returns, every
 * message written before it was called is durable; only then does the exporter record them in the manifest.
 * {@code sync} may run on another thread while {@link #write} goes on with the next batch.
 */
public interface MessageSink extends AutoCloseable {
    /** Where a message went, for its manifest line. */
    record Stored(String file, Long offset, Long stored, Long end) {
    }

    /** Removes what a crash left behind that the manifest does not record (torn mbox tail, stray files). */
    void recover(List<ManifestEntry> recorded) throws IOException;

    Stored write(FetchedMessage message) throws IOException;

    void sync() throws IOException;

    /**
     * The file name of a recorded message once its flags change: Maildir carries flags in the name; other formats
     * keep the name. The exporter records the new name in the manifest first, then calls {@link #renameRecorded}.
     */
    default String fileForFlags(ManifestEntry e, List<String> flags) {
        return e.file();
    }

    /** Renames a recorded message's file to the name the manifest now has (synced by {@link #sync()}). */
    default void renameRecorded(String from, String to) throws IOException {
    }

    /**
     * Writes a recorded message again (repair): {@code m} holds the server's bytes and the recorded internal date.
     * The copy goes where the manifest line says, replacing what is there, when it fits (files always; mbox when
     * the server's copy has the recorded length), else where {@link #write} would put a new message. Durable after
     * {@link #sync()}.
     *
     * @return where the copy now is, for the manifest line
     */
    Stored rewrite(ManifestEntry recorded, FetchedMessage m) throws IOException;

    /** The stored bytes of a recorded message as the server sent them (unquoted for mbox). */
    byte[] read(ManifestEntry entry) throws IOException;

    @Override
    void close() throws IOException;

    static MessageSink open(ArchiveFormat format, Path generationDir) throws IOException {
        Files.createDirectories(generationDir);
        MessageSink sink = switch (format) {
            case MBOX -> new MboxSink(generationDir);
            case EML -> new EmlSink(generationDir);
            case MAILDIR -> new MaildirSink(generationDir);
        };
        // the new folders and the mbox file must survive a power loss before any manifest line refers to them
        for (Path d = generationDir; d != null; d = d.getParent()) {
            AtomicFiles.forceDirectory(d);
            if (d.getFileName() != null && d.getFileName().toString().equals(ArchiveIndex.MAIL_DIR)) {
                AtomicFiles.forceDirectory(d.getParent());
                break;
            }
        }
        return sink;
    }
}
