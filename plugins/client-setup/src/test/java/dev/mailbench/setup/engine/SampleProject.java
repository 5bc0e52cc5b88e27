package dev.mailbench.setup.engine;

import dev.mailbench.api.model.AutoReply;
import dev.mailbench.api.model.ClientKind;
import dev.mailbench.api.model.Customer;
import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.DeviceRole;
import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxRole;
import dev.mailbench.api.model.MailboxUse;
import dev.mailbench.api.model.Project;
import dev.mailbench.api.model.ProviderRef;
import dev.mailbench.api.provider.ProviderProfile;
import dev.mailbench.api.provider.ProviderProfile.Encryption;
import dev.mailbench.api.provider.ProviderProfile.Endpoint;
import java.util.List;
import java.util.Map;

/** The sample customer (samples/sample-shoji.mailbench.json) as records, plus Xserver-like profiles. */
public final class SampleProject {
    private SampleProject() {
    }

    public static ProviderProfile xserver(String host) {
        return new ProviderProfile("xserver", "エックスサーバー (Xserver)", host,
                new Endpoint(993, Encryption.SSL_TLS), new Endpoint(143, Encryption.STARTTLS),
                new Endpoint(995, Encryption.SSL_TLS), new Endpoint(110, Encryption.STARTTLS),
                new Endpoint(465, Encryption.SSL_TLS), new Endpoint(587, Encryption.STARTTLS),
                "FULL_ADDRESS", "spf.sender.xserver.jp", "v=spf1 +a:{mailHost} +a:{domain} +mx include:spf.sender.xserver.jp ~all",
                List.of("default"), "v=DMARC1; p=none;", "{domain}", Map.of());
    }

    public static ProviderProfile xserver() {
        return xserver("sv1234.xserver.jp");
    }

    private static Mailbox mb(String id, String local, String name, MailboxRole role, MailProtocol p, List<String> fwd) {
        return new Mailbox(id, local + "@sample-shoji.test", name, role, p, 1000, fwd, AutoReply.OFF, "");
    }

    public static Project project() {
        List<Mailbox> mailboxes = List.of(
                mb("m-info", "info", "サンプル商事 代表", MailboxRole.REPRESENTATIVE, MailProtocol.IMAP, List.of()),
                mb("m-billing", "billing", "サンプル商事 経理", MailboxRole.BILLING, MailProtocol.IMAP, List.of()),
                mb("m-contact", "contact", "お問い合わせフォーム", MailboxRole.FORM, MailProtocol.FORWARD_ONLY, List.of("info@sample-shoji.test")),
                mb("m-recruit", "recruit", "採用担当", MailboxRole.RECRUIT, MailProtocol.IMAP, List.of()),
                mb("m-taro", "taro", "佐藤 太郎", MailboxRole.PERSONAL, MailProtocol.POP_KEEP_COPY, List.of()),
                mb("m-yamada", "yamada", "山田 花子", MailboxRole.PERSONAL, MailProtocol.IMAP, List.of()));
        List<Device> devices = List.of(
                new Device("dev-president-pc", "社長 デスクトップPC", "p-president", ClientKind.OUTLOOK_CLASSIC,
                        List.of(new MailboxUse("m-info", DeviceRole.KEEPER)), ""),
                new Device("dev-yamada-pc", "山田 ノートPC", "p-yamada", ClientKind.NEW_OUTLOOK,
                        List.of(new MailboxUse("m-yamada", DeviceRole.KEEPER), new MailboxUse("m-info", DeviceRole.VIEWER),
                                new MailboxUse("m-recruit", DeviceRole.KEEPER)), ""),
                new Device("dev-taro-iphone", "佐藤 iPhone", "p-taro", ClientKind.IPHONE,
                        List.of(new MailboxUse("m-taro", DeviceRole.VIEWER), new MailboxUse("m-info", DeviceRole.VIEWER)), ""),
                new Device("dev-taro-mac", "佐藤 MacBook", "p-taro", ClientKind.MAC_MAIL, List.of(new MailboxUse("m-taro", DeviceRole.KEEPER)), ""),
                new Device("dev-keiri-pc", "経理 PC", "p-keiri", ClientKind.THUNDERBIRD, List.of(new MailboxUse("m-billing", DeviceRole.KEEPER)), ""),
                new Device("dev-yamada-android", "山田 Android", "p-yamada", ClientKind.GMAIL_APP,
                        List.of(new MailboxUse("m-yamada", DeviceRole.VIEWER)), ""),
                new Device("dev-spare", "予備 PC", "", ClientKind.OUTLOOK_2021, List.of(new MailboxUse("m-billing", DeviceRole.VIEWER)), ""),
                new Device("dev-android2", "予備 Android", "", ClientKind.ANDROID_MAIL, List.of(new MailboxUse("m-recruit", DeviceRole.VIEWER)), ""));
        return Project.empty()
                .withCustomer(new Customer("株式会社サンプル商事", "", "", "", "", ""))
                .withProvider(new ProviderRef("xserver", "sv1234", Map.of()))
                .withDomains(List.of(new Domain("d-sample-shoji", "sample-shoji.test", "", "", "", "")))
                .withMailboxes(mailboxes).withDevices(devices);
    }
}
