package dev.mailbench.migration.copy;

import dev.mailbench.imap.FetchedMessage;
import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.seed.MailboxSeeder;
import dev.mailbench.testlab.seed.SeedResult;
import dev.mailbench.testlab.TestLab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.angus.mail.imap.IMAPFolder;

/** Lab helpers for the copy tests: accounts, an emptied destination, and what a mailbox holds, message by message. */
public final class MigLab {
    private MigLab() {
    }

    public static ImapAccount account(TestLab lab, LabUser user) {
        return account(lab, user, lab.imapsPort());
    }

    /** The same user through another port (a relay in front of the lab), still verified against the lab CA. */
    public static ImapAccount account(TestLab lab, LabUser user, int port) {
        return new ImapAccount(lab.serverHost(), port, user.address(), user.password().toCharArray(), lab.sslContext());
    }

    /** Source and destination accounts of lab pair {@code n}. */
    public record Pair(ImapAccount src, ImapAccount dst, SeedResult seeded) {
    }

    /** Lab pair {@code n}: the source seeded with {@code messages} (deterministic by {@code seed}), the destination empty. */
    public static Pair seededPair(TestLab lab, int n, int messages, long seed) throws Exception {
        LabUser srcUser = lab.migrationSource(n);
        LabUser dstUser = lab.migrationDestination(n);
        SeedResult seeded = MailboxSeeder.forLab(lab, srcUser).seed(messages, seed);
        wipe(lab, dstUser);
        return new Pair(account(lab, srcUser), account(lab, dstUser), seeded);
    }

    /** Deletes the user's whole Maildir: Dovecot recreates an empty INBOX at the next login. */
    public static void wipe(TestLab lab, LabUser user) throws IOException {
        Path dir = lab.maildir(user);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * folder → sorted list of "sha256 internal-date flags" of every message: equal lists mean the same bytes, dates and
     * flags (\Recent, the server's own, left out).
     */
    public static Map<String, List<String>> contents(ImapAccount account) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (ImapConnection c = ImapConnection.open(account)) {
            for (IMAPFolder f : c.folders()) {
                IMAPFolder open = c.examine(f.getFullName());
                List<Long> uids = c.summaries(open).stream().map(ImapConnection.MessageSummary::uid).toList();
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < uids.size(); i += 100) {
                    for (FetchedMessage m : c.fetchRaw(open, uids.subList(i, Math.min(uids.size(), i + 100)))) {
                        List<String> flags = new ArrayList<>(m.flags());
                        flags.remove("\\Recent");
                        flags.sort(null);
                        lines.add(m.sha256() + " " + m.internalDate() + " " + flags);
                    }
                }
                lines.sort(null);
                out.put(f.getFullName(), lines);
            }
        }
        return out;
    }

    public static int count(Map<String, List<String>> contents) {
        return contents.values().stream().mapToInt(List::size).sum();
    }
}
