package dev.mailbench.archive.cli;

import dev.mailbench.imap.ServerCommandRun;
import dev.mailbench.imap.ImapAccount;

import dev.mailbench.archive.engine.Inventory;
import dev.mailbench.archive.engine.InventoryScanner;
import dev.mailbench.archive.engine.Pop3InventoryScanner;
import dev.mailbench.imap.Sizes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = {"フォルダーごとの通数・サイズ・最大メール、容量の使用量を表示します（パスワードは標準入力）。",
                "Shows messages, sizes and the largest message per folder, and quota use (password on stdin)."})
final class InventoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server = new ServerOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return ServerCommandRun.run(err, () -> new ImapAccount[] {server.account()}, accounts -> {
            Inventory inv = server.pop3() ? Pop3InventoryScanner.scan(accounts[0])
                    : InventoryScanner.scan(accounts[0], (d, t, f) -> { }, () -> false);
            out.println("フォルダー / Folder\t通数 / Messages\t未読 / Unseen\tサイズ / Size\t最大 / Largest");
            for (Inventory.FolderStats f : inv.folders()) {
                out.println(f.name() + "\t" + f.messages() + "\t" + (f.unseen() < 0 ? "-" : String.valueOf(f.unseen())) + "\t" + Sizes.human(f.bytes()) + "\t"
                        + Sizes.human(f.largestBytes()));
            }
            out.println("合計 / Total\t" + inv.messages() + "\t\t" + Sizes.human(inv.bytes()) + "\t" + Sizes.human(inv.largestBytes()));
            if (inv.quotaUsedBytes() >= 0) {
                out.println("容量 / Quota\t" + Sizes.human(inv.quotaUsedBytes()) + " / "
                        + (inv.quotaLimitBytes() > 0 ? Sizes.human(inv.quotaLimitBytes()) : "無制限 / unlimited"));
            }
            return 0;
        });
    }
}
