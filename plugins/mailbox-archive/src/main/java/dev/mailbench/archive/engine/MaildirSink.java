package dev.mailbench.archive.engine;

import dev.mailbench.imap.FetchedMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maildir: written in {@code tmp/}, renamed into {@code cur/} as {@code <time>.M<UID>.mailbench:2,<flags>}
 * (flags D F P R S T in ASCII order, as the Maildir spec asks). {@code new/} is created but stays empty:
 * archived messages are not "new" to a reader, their \Seen flag is in the name.
 */
final class MaildirSink extends FileSink {
    private static final Pattern NAME = Pattern.compile("\\d+\\.M(\\d+)\\.mailbench:2,[A-Z]*");

    MaildirSink(Path dir) throws IOException {
        super(dir);
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(dir.resolve(sub));
        }
    }

    @Override
    String fileName(FetchedMessage m) {
        return "cur/" + m.internalDate().getEpochSecond() + ".M" + m.uid() + ".mailbench:2," + flagLetters(m.flags());
    }

    @Override
    public String fileForFlags(ManifestEntry e, List<String> flags) {
        int comma = e.file().lastIndexOf(":2,");
        return e.file().substring(0, comma + 3) + flagLetters(flags);
    }

    static String flagLetters(List<String> flags) {
        StringBuilder sb = new StringBuilder();
        if (flags.contains("\\Draft")) {
            sb.append('D');
        }
        if (flags.contains("\\Flagged")) {
            sb.append('F');
        }
        if (flags.contains("$Forwarded")) {
            sb.append('P');
        }
        if (flags.contains("\\Answered")) {
            sb.append('R');
        }
        if (flags.contains("\\Seen")) {
            sb.append('S');
        }
        if (flags.contains("\\Deleted")) {
            sb.append('T');
        }
        return sb.toString();
    }

    @Override
    Path tempDir() {
        return dir.resolve("tmp");
    }

    @Override
    Path finishedDir() {
        return dir.resolve("cur");
    }

    @Override
    long uidOf(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }
}
