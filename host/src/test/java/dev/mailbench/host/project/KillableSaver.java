package dev.mailbench.host.project;

import dev.mailbench.api.model.Customer;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only child process for {@link AtomicSaveUnderKillTest}: loads the target, then saves ever newer
 * versions of a big project to it until it is killed. Prints "saving" before the first save
 * and "saved N" after each one.
 */
public final class KillableSaver {
    private KillableSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        ProjectStore store = new ProjectStore();
        ProjectStore.Loaded loaded = store.load(target);
        int version = versionOf(loaded.project());
        var source = loaded.source();
        System.out.println("saving");
        System.out.flush();
        while (true) {
            version++;
            source = store.save(target, bigProject(loaded.project(), version), source);
            System.out.println("saved " + version);
            System.out.flush();
        }
    }

    static int versionOf(Project p) {
        return Integer.parseInt(p.customer().notes().replace("version ", ""));
    }

    /** Deterministic per version, big enough (about 1 MB) that a write takes a while. */
    static Project bigProject(Project base, int version) {
        List<Mailbox> mailboxes = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            mailboxes.add(new Mailbox("m" + i, "user" + i + "@sample-shoji.test", "利用者 " + i + " 版" + version,
                    null, null, 1000 + version, List.of(), null, "メモ".repeat(20)));
        }
        Customer c = base.customer();
        return base.withCustomer(new Customer(c.name(), c.contactPerson(), c.phone(), c.email(), c.address(),
                "version " + version)).withMailboxes(mailboxes);
    }
}
