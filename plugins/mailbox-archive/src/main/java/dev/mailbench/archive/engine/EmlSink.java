package dev.mailbench.archive.engine;

import dev.mailbench.imap.FetchedMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code <UID>.eml}, one file per message, in the generation folder. */
final class EmlSink extends FileSink {
    EmlSink(Path dir) throws IOException {
        super(dir);
        Files.createDirectories(dir);
    }

    @Override
    String fileName(FetchedMessage m) {
        return m.uid() + ".eml";
    }

    @Override
    Path tempDir() {
        return dir;
    }

    @Override
    Path finishedDir() {
        return dir;
    }

    @Override
    long uidOf(String name) {
        if (!name.endsWith(".eml")) {
            return -1;
        }
        try {
            return Long.parseLong(name.substring(0, name.length() - 4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
