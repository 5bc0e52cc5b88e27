package dev.mailbench.archive.ui;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.api.model.Project;
import dev.mailbench.archive.MailboxArchivePlugin;
import dev.mailbench.testkit.FakeWorkbenchApi;
import java.util.List;

/** The workbench the panel tests open the archive panel in: a project with taro@'s mailbox, the plugin initialised. */
final class TaroWorkbench {
    private TaroWorkbench() {
    }

    static FakeWorkbenchApi create() {
        Project project = Project.empty().withMailboxes(List.of(
                new Mailbox("mb-taro", "taro@sample-shoji.test", "山田 太郎", MailboxRole.PERSONAL, MailProtocol.IMAP, 500,
                        List.of(), null, "")));
        FakeWorkbenchApi api = new FakeWorkbenchApi("mailbox-archive", project, null, FakeWorkbenchApi.xserverTest());
        new MailboxArchivePlugin().initialize(api);
        return api;
    }
}
