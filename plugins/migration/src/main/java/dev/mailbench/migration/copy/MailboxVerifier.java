package dev.mailbench.migration.copy;

import dev.mailbench.imap.ImapAccount;
import dev.mailbench.imap.ImapConnection;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Compares source and destination folder by folder: counts and message identities (see {@link MessageKey}). */
public final class MailboxVerifier {
    private static final int EXAMPLES = 5;

    private final ImapAccount source;
    private final ImapAccount destination;

    public MailboxVerifier(ImapAccount source, ImapAccount destination) {
        this.source = source;
        this.destination = destination;
    }

    public VerifyReport verify(List<String> folders, CopyProgress progress, BooleanSupplier cancelled)
            throws MessagingException {
        return verify(folders, Map.of(), progress, cancelled);
    }

    /** @param folderMap the same source → destination names the copy was given ({@link CopyOptions#folderMap()}) */
    public VerifyReport verify(List<String> folders, Map<String, String> folderMap, CopyProgress progress,
                               BooleanSupplier cancelled) throws MessagingException {
        try (ServerPair servers = new ServerPair(source, destination)) {
            servers.open();
            ImapConnection src = servers.source();
            ImapConnection dst = servers.destination();
            List<String> names = SourceFolders.select(src, folders, folderMap.keySet());
            char ss = src.separator();
            char ds = dst.separator();
            List<FolderVerifyResult> out = new ArrayList<>();
            for (int i = 0; i < names.size() && !cancelled.getAsBoolean(); i++) {
                String name = names.get(i);
                progress.comparing(name, i + 1, names.size());
                String target = folderMap.getOrDefault(name, FolderNames.map(name, ss, ds));
                FolderIndex s = FolderIndex.scan(src, src.examine(name), cancelled);
                boolean exists = dst.folderExists(target);
                FolderIndex d = exists ? FolderIndex.scan(dst, dst.examine(target), cancelled) : FolderIndex.empty();
                out.add(compare(name, target, exists, s, d));
            }
            return new VerifyReport(out, cancelled.getAsBoolean());
        }
    }

    static FolderVerifyResult compare(String name, String target, boolean exists, FolderIndex s, FolderIndex d) {
        Map<String, Integer> sc = s.keyCounts();
        Map<String, Integer> dc = d.keyCounts();
        int missing = 0;
        int duplicated = 0;
        int extra = 0;
        List<String> examples = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sc.entrySet()) {
            int there = dc.getOrDefault(e.getKey(), 0);
            if (there < e.getValue()) {
                missing += e.getValue() - there;
                example(examples, "missing " + e.getKey());
            } else if (there > e.getValue()) {
                duplicated += there - e.getValue();
                example(examples, "duplicated " + e.getKey());
            }
        }
        for (Map.Entry<String, Integer> e : dc.entrySet()) {
            if (!sc.containsKey(e.getKey())) {
                extra += e.getValue();
            }
        }
        return new FolderVerifyResult(name, target, exists, s.entries().size(), d.entries().size(), missing, duplicated,
                extra, examples);
    }

    private static void example(List<String> examples, String s) {
        if (examples.size() < EXAMPLES) {
            examples.add(s);
        }
    }
}
