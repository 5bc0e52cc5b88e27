package dev.mailbench.setup.engine;

import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.kit.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes every artifact and instruction sheet of a project into a folder:
 * <pre>
 * index.md                                   what was generated, per device
 * web/&lt;domain&gt;/...                              the upload bundle ({@link WebBundle})
 * autoconfig/&lt;domain&gt;/config-v1.1.xml           Thunderbird
 * autodiscover/&lt;address&gt;.xml                     Outlook POX
 * mobileconfig/&lt;address&gt;.mobileconfig            Apple (unsigned, no password)
 * instructions/&lt;device-id&gt;/&lt;address&gt;.ja.md / .en.md
 * </pre>
 */
public final class ProjectGenerator {
    private ProjectGenerator() {
    }

    /** Progress callback; return false to stop. */
    public interface Progress {
        boolean step(int done, int total, String what);
    }

    public static List<Path> generate(ProjectSetup setup, Path out, Progress progress) throws IOException {
        List<Path> written = new ArrayList<>();
        String org = setup.project().customer().name();
        List<DeviceSetup> devices = setup.deviceSetups();
        List<Mailbox> mailboxes = setup.loginMailboxes();
        int total = setup.domains().size() + mailboxes.size() + devices.size() + 1;
        int done = 0;
        for (String domain : setup.domains()) {
            if (!progress.step(done++, total, domain)) {
                return written;
            }
            for (Map.Entry<String, byte[]> f : WebBundle.build(setup, domain, org).entrySet()) {
                written.add(write(out.resolve("web").resolve(domain).resolve(f.getKey()), f.getValue()));
            }
            long pop = mailboxes.stream().filter(m -> m.domainPart().equals(domain) && setup.protocolOf(m).isPop()).count();
            long all = mailboxes.stream().filter(m -> m.domainPart().equals(domain)).count();
            written.add(write(out.resolve("autoconfig").resolve(domain).resolve("config-v1.1.xml"),
                    ThunderbirdAutoconfig.generate(setup.engine().endpoints(), domain, org, pop * 2 > all)));
        }
        for (Mailbox m : mailboxes) {
            if (!progress.step(done++, total, m.address())) {
                return written;
            }
            String name = WebBundle.fileSafe(m.address());
            written.add(write(out.resolve("autodiscover").resolve(name + ".xml"),
                    AutodiscoverPox.generate(setup.settings(m, ClientKind.OUTLOOK_CLASSIC))));
            written.add(write(out.resolve("mobileconfig").resolve(name + ".mobileconfig"),
                    AppleProfile.generate(setup.settings(m, ClientKind.IPHONE), m.id(), AppleProfile.Options.withoutPassword(org))));
        }
        StringBuilder index = new StringBuilder("# メール設定 / Mail client setup — ").append(org).append("\n\n");
        index.append("| 端末 / Device | クライアント / Client | アドレス / Address | 方式 / Type | 手順書 / Sheets |\n|---|---|---|---|---|\n");
        for (DeviceSetup d : devices) {
            if (!progress.step(done++, total, d.device().name())) {
                return written;
            }
            Path dir = out.resolve("instructions").resolve(WebBundle.fileSafe(d.device().id()));
            String base = WebBundle.fileSafe(d.mailbox().address());
            written.add(write(dir.resolve(base + ".ja.md"), Instructions.sheet(d.settings(), d.device().name(), Locale.JAPANESE).getBytes(StandardCharsets.UTF_8)));
            written.add(write(dir.resolve(base + ".en.md"), Instructions.sheet(d.settings(), d.device().name(), Locale.ENGLISH).getBytes(StandardCharsets.UTF_8)));
            index.append("| ").append(d.device().name()).append(" | ").append(d.device().client().label().ja()).append(" | ")
                    .append(d.mailbox().address()).append(" | ").append(d.settings().protocol().label().ja()).append(" | instructions/")
                    .append(WebBundle.fileSafe(d.device().id())).append('/').append(base).append(".ja.md |\n");
        }
        progress.step(done, total, "index.md");
        written.add(write(out.resolve("index.md"), index.toString().getBytes(StandardCharsets.UTF_8)));
        return written;
    }

    private static Path write(Path p, byte[] content) throws IOException {
        AtomicFiles.write(p, content);
        return p;
    }
}
