package dev.mailbench.testlab.seed;

import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.TestLab;

/**
 * {@code testlab/seed.sh --user bench@sample-shoji.test --messages 20000 [--seed 20240401] [--attachment-every 100]}:
 * resets and seeds the user's Maildir, prints the expected counts per folder.
 */
public final class SeederCli {

    private SeederCli() {
    }

    public static void main(String[] args) throws Exception {
        TestLab lab = TestLab.load();
        String user = lab.bench().address();
        int messages = MailboxSeeder.DEFAULT_MESSAGES;
        long seed = MailboxSeeder.DEFAULT_SEED;
        int attachmentEvery = 100;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--user" -> user = args[++i];
                case "--messages" -> messages = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--attachment-every" -> attachmentEvery = Integer.parseInt(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: testlab/seed.sh [--user ADDRESS] [--messages N] [--seed S] [--attachment-every N]\n"
                            + "  --attachment-every N: a 0.2-2 MB attachment on every N-th message (default 100)\nusers: "
                            + lab.users());
                    return;
                }
                default -> {
                    System.err.println("unknown argument " + args[i] + " (try --help)");
                    System.exit(2);
                }
            }
        }
        LabUser u = lab.user(user);
        SeedResult r = MailboxSeeder.forLab(lab, u).withAttachmentEvery(attachmentEvery).seed(messages, seed);
        System.out.println("seeded " + u.address() + " (" + lab.maildir(u) + "), seed " + seed);
        System.out.print(r.table());
    }
}
