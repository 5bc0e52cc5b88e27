package dev.mailbench.setup.handover;

import dev.mailbench.api.WorkbenchApi;
import dev.mailbench.api.handover.HandoverBlock;
import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.KeyValueBlock;
import dev.mailbench.api.handover.KeyValueBlock.Entry;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.handover.TextBlock;
import dev.mailbench.api.services.MailDesignService;
import dev.mailbench.setup.ClientSetupPlugin;
import dev.mailbench.setup.engine.ClientSettings;
import dev.mailbench.setup.engine.DeviceSetup;
import dev.mailbench.setup.engine.ProjectSetup;
import dev.mailbench.setup.engine.ServerSetting;
import dev.mailbench.setup.engine.live.LiveTestHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The handover section: a setup sheet per device and mailbox (server, port, encryption, user name; never
 * the password) and the latest connection test results saved in the project.
 */
public final class SetupHandoverSection implements HandoverContributor {
    private final WorkbenchApi api;

    /** @param api for the design advisor's service when present; may be null */
    public SetupHandoverSection(WorkbenchApi api) {
        this.api = api;
    }

    @Override
    public Optional<HandoverSection> build(HandoverContext context) {
        Locale l = context.locale();
        boolean en = "en".equals(l.getLanguage());
        MailDesignService design = api == null ? null : api.services().find(MailDesignService.class).orElse(null);
        ProjectSetup setup = new ProjectSetup(context.project(), context.provider(), design);
        List<DeviceSetup> devices = setup.deviceSetups();
        List<Map<String, Object>> tests = LiveTestHistory.entries(context.project().plugins().get(ClientSetupPlugin.ID));
        if (devices.isEmpty() && tests.isEmpty()) {
            return Optional.empty();
        }
        List<HandoverBlock> blocks = new ArrayList<>();
        blocks.add(new TextBlock("", List.of(en
                ? "Passwords are not written in this document. The user name is the whole mail address."
                : "パスワードはこの資料に記載していません。ユーザー名はメールアドレス全体です。"), false));
        for (DeviceSetup d : devices) {
            ClientSettings s = d.settings();
            String title = d.device().name() + " — " + s.address();
            List<Entry> e = new ArrayList<>();
            e.add(new Entry(en ? "Mail client" : "メールソフト", d.device().client().label().get(l)));
            e.add(new Entry(en ? "Account type" : "受信方式", s.protocol().label().get(l)));
            if (s.incoming() != null) {
                e.add(new Entry(en ? "Incoming server" : "受信サーバー", s.incoming().host()));
                e.add(new Entry(en ? "Incoming port / encryption" : "受信ポート / 暗号化", s.incoming().port() + " / " + s.incoming().encryptionLabel(l)));
                e.add(new Entry(en ? "Outgoing server (SMTP)" : "送信サーバー (SMTP)", s.outgoing().host()));
                e.add(new Entry(en ? "Outgoing port / encryption" : "送信ポート / 暗号化", s.outgoing().port() + " / " + s.outgoing().encryptionLabel(l)));
                e.add(new Entry(en ? "User name" : "ユーザー名", s.username()));
                e.add(new Entry(en ? "SMTP authentication" : "SMTP認証", en ? "on (same as incoming), SPA off" : "オン（受信と同じ）、SPA はオフ"));
                if (s.incoming().service() == ServerSetting.Service.POP3) {
                    e.add(new Entry(en ? "Leave a copy on the server" : "サーバーにコピーを残す", s.leaveCopy() ? (en ? "yes" : "はい") : (en ? "no" : "いいえ")));
                }
            }
            blocks.add(new KeyValueBlock(title, e));
            List<String> notes = s.notes().stream().filter(n -> n.level() == dev.mailbench.setup.engine.SetupNote.Level.WARNING)
                    .map(n -> n.text().get(l)).toList();
            if (!notes.isEmpty()) {
                blocks.add(new TextBlock("", notes, false));
            }
        }
        if (!tests.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Map<String, Object> t : tests) {
                String when = String.valueOf(t.get("startedAt")).replace('T', ' ').replaceAll("\\.\\d+Z$|Z$", "") + " UTC";
                Object probes = t.get("probes");
                if (probes instanceof List<?> list) {
                    for (Object o : list) {
                        if (o instanceof Map<?, ?> p) {
                            String code = String.valueOf(p.get("diagnosis"));
                            boolean ok = "OK".equals(code) || "PORT_25_OPEN".equals(code);
                            rows.add(List.of(when, String.valueOf(t.get("user")), t.get("host") + ":" + p.get("port"),
                                    p.get("service") + " " + p.get("encryption"),
                                    ok ? (en ? "OK" : "正常") : String.valueOf(p.get(en ? "causeEn" : "causeJa"))));
                        }
                    }
                }
                if (t.get("roundTrip") instanceof Map<?, ?> rt) {
                    boolean found = Boolean.TRUE.equals(rt.get("found"));
                    rows.add(List.of(when, String.valueOf(t.get("user")), String.valueOf(t.get("host")), "SMTP → IMAP",
                            found ? (en ? "delivered in " : "到着まで ") + rt.get("foundMillis") + " ms" : String.valueOf(rt.get(en ? "causeEn" : "causeJa"))));
                }
            }
            blocks.add(new TableBlock(en ? "Connection tests" : "接続テストの結果",
                    en ? List.of("When", "User", "Server", "Protocol", "Result") : List.of("日時", "ユーザー名", "サーバー", "方式", "結果"), rows));
        }
        return Optional.of(new HandoverSection("client-setup", en ? "Mail client setup" : "メールソフトの設定", 400,
                en ? "The settings of every device, and the connection tests run on site."
                        : "端末ごとのメール設定と、現地で行った接続テストの結果です。", blocks));
    }
}
