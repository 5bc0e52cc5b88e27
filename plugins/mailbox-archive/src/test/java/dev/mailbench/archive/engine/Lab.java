package dev.mailbench.archive.engine;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import dev.mailbench.imap.Hashes;

import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.TestLab;
import dev.mailbench.testlab.seed.MailboxSeeder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.angus.mail.imap.IMAPFolder;

/** Shared helpers for the lab tests: accounts, server flags, the seeder's own files. */
final class Lab {
    private Lab() {
    }

    static ImapAccount account(TestLab lab, LabUser user) {
        return new ImapAccount(lab.serverHost(), lab.imapsPort(), user.address(), user.password().toCharArray(),
                lab.sslContext());
    }

    /** The same user over POP3S (implicit TLS). */
    static ImapAccount pop3Account(TestLab lab, LabUser user) {
        return new ImapAccount(lab.serverHost(), lab.pop3sPort(), user.address(), user.password().toCharArray(),
                lab.sslContext());
    }

    /** folder → (uid → flags) as the server has them now. */
    static Map<String, Map<Long, List<String>>> serverFlags(ImapAccount account) throws Exception {
        Map<String, Map<Long, List<String>>> out = new HashMap<>();
        try (ImapConnection c = ImapConnection.open(account)) {
            for (IMAPFolder f : c.folders()) {
                Map<Long, List<String>> flags = new HashMap<>();
                for (var s : c.summaries(c.examine(f.getFullName()))) {
                    List<String> sorted = new ArrayList<>(s.flags());
                    sorted.remove("\\Recent");
                    sorted.sort(null);
                    flags.put(s.uid(), sorted);
                }
                out.put(f.getFullName(), flags);
            }
        }
        return out;
    }

    /** SHA-256 of every file the seeder wrote into {@code folder} (LF line ends, as on disk). */
    static List<String> seededHashes(TestLab lab, LabUser user, String folder) throws IOException {
        Path dir = lab.maildir(user).resolve(MailboxSeeder.maildirName(folder).isEmpty() ? "." : MailboxSeeder.maildirName(folder));
        List<String> out = new ArrayList<>();
        for (String sub : List.of("cur", "new")) {
            if (!Files.isDirectory(dir.resolve(sub))) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir.resolve(sub))) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    out.add(Hashes.sha256Hex(Files.readAllBytes(p)));
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The server sends CRLF; the seeder's files have LF: this maps one to the other for comparison. */
    static byte[] crlfToLf(byte[] b) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
                continue;
            }
            out.write(b[i]);
        }
        return out.toByteArray();
    }
}
