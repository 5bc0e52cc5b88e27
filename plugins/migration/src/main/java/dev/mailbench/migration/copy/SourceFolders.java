package dev.mailbench.migration.copy;

import dev.mailbench.imap.ImapConnection;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.imap.IMAPFolder;

/** The source folders a run works on: all selectable ones, or the ones asked for (which must exist). */
final class SourceFolders {
    private SourceFolders() {
    }

    /**
     * @param mapped source folders the consultant gave a destination name for: each must exist on the source (a typo
     *               would otherwise silently copy into the folder's own name)
     */
    static List<String> select(ImapConnection source, List<String> wanted, java.util.Set<String> mapped)
            throws MessagingException {
        List<String> selected = select(source, wanted);
        List<String> all = select(source, List.of());
        for (String m : mapped) {
            if (!all.contains(m)) {
                throw new IllegalArgumentException("旧サーバーにないフォルダー / No such folder on the source: " + m
                        + " (" + String.join(", ", all) + ")");
            }
        }
        return selected;
    }

    static List<String> select(ImapConnection source, List<String> wanted) throws MessagingException {
        List<String> all = new ArrayList<>();
        for (IMAPFolder f : source.folders()) {
            // INBOX first, the rest in the server's order: reports read like the customer's mail program
            if (f.getFullName().equalsIgnoreCase("INBOX")) {
                all.add(0, f.getFullName());
            } else {
                all.add(f.getFullName());
            }
        }
        if (wanted.isEmpty()) {
            return all;
        }
        List<String> out = new ArrayList<>();
        for (String w : wanted) {
            String match = all.stream().filter(a -> a.equals(w) || (a.equalsIgnoreCase("INBOX") && w.equalsIgnoreCase("INBOX")))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(
                            "旧サーバーにないフォルダー / No such folder on the source: " + w + " (" + String.join(", ", all) + ")"));
            out.add(match);
        }
        return out;
    }
}
