package dev.mailbench.setup.handover;

import static dev.mailbench.api.model.LocalizedText.pick;

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
        MailDesignService design = api == null ? null : api.services().find(MailDesignService.class).orElse(null);
        ProjectSetup setup = new ProjectSetup(context.project(), context.provider(), design);
        List<DeviceSetup> devices = setup.deviceSetups();
        List<Map<String, Object>> tests = LiveTestHistory.entries(context.project().plugins().get(ClientSetupPlugin.ID));
        if (devices.isEmpty() && tests.isEmpty()) {
            return Optional.empty();
        }
        List<HandoverBlock> blocks = new ArrayList<>();
        blocks.add(new TextBlock("", List.of(pick(l, "パスワードはこの資料に記載していません。ユーザー名はメールアドレス全体です。",
                "Passwords are not written in this document. The user name is the whole mail address.")), false));
        for (DeviceSetup d : devices) {
            ClientSettings s = d.settings();
            String title = d.device().name() + " — " + s.address();
            List<Entry> e = new ArrayList<>();
            e.add(new Entry(pick(l, "メールソフト", "Mail client"), d.device().client().label().get(l)));
            e.add(new Entry(pick(l, "受信方式", "Account type"), s.protocol().label().get(l)));
            if (s.incoming() != null) {
                e.add(new Entry(pick(l, "受信サーバー", "Incoming server"), s.incoming().host()));
                e.add(new Entry(pick(l, "受信ポート / 暗号化", "Incoming port / encryption"), s.incoming().port() + " / " + s.incoming().encryptionLabel(l)));
                e.add(new Entry(pick(l, "送信サーバー (SMTP)", "Outgoing server (SMTP)"), s.outgoing().host()));
                e.add(new Entry(pick(l, "送信ポート / 暗号化", "Outgoing port / encryption"), s.outgoing().port() + " / " + s.outgoing().encryptionLabel(l)));
                e.add(new Entry(pick(l, "ユーザー名", "User name"), s.username()));
                e.add(new Entry(pick(l, "SMTP認証", "SMTP authentication"), pick(l, "オン（受信と同じ）、SPA はオフ", "on (same as incoming), SPA off")));
                if (s.incoming().service() == ServerSetting.Service.POP3) {
                    e.add(new Entry(pick(l, "サーバーにコピーを残す", "Leave a copy on the server"),
                            s.leaveCopy() ? pick(l, "はい", "yes") : pick(l, "いいえ", "no")));
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
                                    ok ? pick(l, "正常", "OK") : String.valueOf(p.get(pick(l, "causeJa", "causeEn")))));
                        }
                    }
                }
                if (t.get("roundTrip") instanceof Map<?, ?> rt) {
                    boolean found = Boolean.TRUE.equals(rt.get("found"));
                    rows.add(List.of(when, String.valueOf(t.get("user")), String.valueOf(t.get("host")), "SMTP → IMAP",
                            found ? pick(l, "到着まで ", "delivered in ") + rt.get("foundMillis") + " ms" : String.valueOf(rt.get(pick(l, "causeJa", "causeEn")))));
                }
            }
            blocks.add(new TableBlock(pick(l, "接続テストの結果", "Connection tests"),
                    List.of(pick(l, "日時", "When"), pick(l, "ユーザー名", "User"), pick(l, "サーバー", "Server"), pick(l, "方式", "Protocol"),
                            pick(l, "結果", "Result")), rows));
        }
        return Optional.of(new HandoverSection("client-setup", pick(l, "メールソフトの設定", "Mail client setup"), 400,
                pick(l, "端末ごとのメール設定と、現地で行った接続テストの結果です。", "The settings of every device, and the connection tests run on site."),
                blocks));
    }
}
