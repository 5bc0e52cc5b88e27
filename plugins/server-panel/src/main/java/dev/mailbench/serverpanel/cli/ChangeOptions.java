package dev.mailbench.serverpanel.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a change set comes from (a file, one DNS record edit given as options, or another plugin's proposal) and where
 * NS are asked.
 */
final class ChangeOptions {
    @Option(names = "--from", paramLabel = "ORIGIN", description = {
            "他のプラグインの提案を計画にします: migration（移行計画の作業: TTL を下げる、移行先のメールボックスを設計の容量で作成、切替時の転送）、"
                    + "dns-check（DNS チェックの修正案: SPF、DMARC の最初のレコード、古い include の削除。--domain で 1 つに絞れます）",
            "Plan another plugin's proposal: migration (the migration plan's actions: lower TTLs, create the destination "
                    + "mailboxes with the design's quota, forwarding at cutover) or dns-check (the DNS checker's fixes: SPF, a "
                    + "DMARC starter record, a stale include removed; --domain picks one domain)"})
    String from;

    @Option(names = "--changes", paramLabel = "FILE",
            description = "変更セットのファイル（JSON。apply が書く取り消し用ファイルや plan --json の出力と同じ形式） / change set file (JSON: the undo file's or plan --json's format)")
    Path changesFile;

    @Option(names = "--domain", paramLabel = "DOMAIN", description = "変更するドメイン / the domain of the record")
    String domain;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "@", description = "ホスト名（@ = ドメインそのもの） / host (@ = apex)")
    String host;

    @Option(names = "--type", paramLabel = "TYPE", description = "A, AAAA, CNAME, MX, TXT, SRV, CAA")
    String type;

    @Option(names = "--content", paramLabel = "VALUE", description = "新しい内容（--delete では削除するレコードの内容） / new content")
    String content;

    @Option(names = "--ttl", paramLabel = "SECONDS", description = "TTL（60〜86400 秒。既定: 今の値、新規は 3600） / TTL")
    Integer ttl;

    @Option(names = "--priority", paramLabel = "N", description = "MX・SRV の優先度 / MX or SRV priority")
    Integer priority;

    @Option(names = "--delete", description = "レコードを削除します / delete the record")
    boolean delete;

    @Option(names = "--dns-server", paramLabel = "IP[:PORT]",
            description = "NS を確認する DNS サーバー（既定: システムのリゾルバー） / DNS server for the NS check (default: system resolver)")
    String dnsServer;
}
