package dev.mailbench.dns.engine;

import static dev.mailbench.dns.engine.RecordGroup.DKIM;
import static dev.mailbench.dns.engine.RecordGroup.DMARC;
import static dev.mailbench.dns.engine.RecordGroup.INPUT;
import static dev.mailbench.dns.engine.RecordGroup.MTA_STS;
import static dev.mailbench.dns.engine.RecordGroup.MX;
import static dev.mailbench.dns.engine.RecordGroup.NS;
import static dev.mailbench.dns.engine.RecordGroup.PANEL;
import static dev.mailbench.dns.engine.RecordGroup.SENDER;
import static dev.mailbench.dns.engine.RecordGroup.SPF;
import static dev.mailbench.dns.engine.DnsSeverity.COULD_NOT_CHECK;
import static dev.mailbench.dns.engine.DnsSeverity.ERROR;
import static dev.mailbench.dns.engine.DnsSeverity.INFO;
import static dev.mailbench.dns.engine.DnsSeverity.OK;
import static dev.mailbench.dns.engine.DnsSeverity.WARNING;

import dev.mailbench.api.model.LocalizedText;

/**
 * Every finding the checker can report. The names are stable (they appear in JSON output and saved run
 * history); add new codes, never rename. Each carries its explanation in Japanese and English, the RFC
 * it rests on and what to do about it.
 */
public enum FindingCode {
    // --- NS and SOA ---
    NS_OK(NS, OK, "RFC 1034 4.1", "ネームサーバーと SOA が応答しています", "Name servers and SOA answer",
            "NS と SOA レコードが公開されています。", "NS and SOA records are published.", "", ""),
    DOMAIN_NXDOMAIN(NS, ERROR, "RFC 1035", "ドメインが DNS に存在しません", "The domain does not exist in DNS",
            "ドメイン自体が NXDOMAIN（存在しない）と応答されました。登録切れや綴りの誤りが考えられます。",
            "The domain itself answers NXDOMAIN: expired registration or a typo.",
            "レジストラでドメインの登録状況とネームサーバーの設定を確認してください。",
            "Check the registration and name server delegation at the registrar."),
    NS_MISSING(NS, ERROR, "RFC 1034 4.1", "NS レコードがありません", "No NS records",
            "ドメインに NS レコードがなく、どのサーバーが権威を持つのか分かりません。",
            "The domain has no NS records, so nobody is authoritative for it.",
            "DNS 事業者のパネルでネームサーバーを設定してください。", "Set the name servers in the DNS operator's panel."),
    NS_SINGLE(NS, INFO, "RFC 2182 5", "ネームサーバーが 1 台だけです", "Only one name server",
            "ネームサーバーが 1 台だと、その停止でメールも Web も届かなくなります。レジストラの標準設定に多く、すぐに困ることはないため参考情報としています。",
            "With one name server, its outage stops mail and web alike. Common with a registrar's default set-up and no emergency, so this is for information.",
            "2 台以上のネームサーバーを登録してください（Xserver は ns1〜ns5.xserver.jp）。",
            "Register at least two name servers (Xserver: ns1–ns5.xserver.jp)."),
    NS_ONE_NETWORK(NS, INFO, "RFC 2182 3.1", "ネームサーバーが同じネットワークにあります", "All name servers are in one network",
            "すべてのネームサーバーのアドレスが同じネットワーク（IPv4 の /24）にあり、その回線が止まると全台が応答しなくなります。小規模なドメインでは一般的なため参考情報としています。",
            "Every name server's address is in one network (one IPv4 /24): an outage of that network silences them all. Common for small domains, so this is for information.",
            "冗長性が必要なら、別のネットワークにあるセカンダリ DNS を追加してください。",
            "If redundancy matters, add a secondary name server in another network."),
    SOA_MISSING(NS, ERROR, "RFC 1035 3.3.13", "SOA レコードがありません", "No SOA record",
            "ゾーンの頂点に SOA がなく、ゾーンとして正しく公開されていません。",
            "The zone apex has no SOA: the zone is not properly published.",
            "DNS 事業者にゾーンの設定を確認してもらってください。", "Ask the DNS operator to fix the zone."),
    NS_UNCHECKED(NS, COULD_NOT_CHECK, "RFC 1035", "NS/SOA を確認できませんでした", "Could not check NS/SOA",
            "問い合わせがタイムアウト・エラーになったか、ゾーンファイルの外の名前です（オフライン）。レコードが無いという意味ではありません。",
            "The query timed out or failed. This does not mean the records are missing.",
            "時間をおいて再確認するか、別の DNS サーバーを指定してください。", "Check again later or use another DNS server."),

    // --- MX ---
    MX_OK(MX, OK, "RFC 5321 5.1", "MX はプロバイダーのメールサーバーを指しています", "MX points at the provider's mail server",
            "MX レコードがあり、宛先にアドレスがあります。", "MX records exist and their targets have addresses.", "", ""),
    MX_MISSING(MX, ERROR, "RFC 5321 5.1", "MX レコードがありません", "No MX record",
            "MX がないと送信側はドメインの A レコードへ配送を試みます。意図した受信サーバーに届く保証がありません。",
            "Without MX, senders fall back to the domain's A record, which may not be the mail server.",
            "MX レコードを登録してください。", "Publish an MX record."),
    MX_NULL(MX, WARNING, "RFC 7505", "Null MX（メールを受け取らない宣言）です", "Null MX: the domain accepts no mail",
            "MX が「0 .」で、このドメインはメールを受信しないと宣言しています。",
            "The MX is \"0 .\": the domain declares it receives no mail.",
            "メールを受け取るなら Null MX を削除し、プロバイダーの MX を登録してください。",
            "If the domain receives mail, remove the null MX and publish the provider's MX."),
    MX_NULL_MIXED(MX, ERROR, "RFC 7505 3.3", "Null MX（0 .）がほかの MX と混在しています", "Null MX mixed with other MX records",
            "Null MX（「0 .」）は「メールを受け取らない」宣言で、単独でなければなりません。ほかの MX と並んでいると設定の誤りで、送信側によって配送を諦めたり無視したりと扱いが分かれます。「.」という名前のアドレスは調べていません。",
            "A null MX (\"0 .\") declares that the domain receives no mail and must stand alone. Next to other MX records it is a misconfiguration that senders treat differently: some give up, some ignore it. No address was looked up for the name \".\".",
            "メールを受け取るなら「0 .」の MX を削除してください。受け取らないなら、ほかの MX を削除してください。",
            "If the domain receives mail, remove the \"0 .\" MX; if it does not, remove the other MX records."),
    MX_TARGET_NO_ADDRESS(MX, ERROR, "RFC 5321 5.1", "MX の宛先にアドレスがありません", "MX target has no address",
            "MX が指すホスト名に A/AAAA レコードがなく、メールを配送できません。",
            "The host the MX names has no A/AAAA record: mail cannot be delivered.",
            "MX の宛先ホスト名を正しいものに直すか、A レコードを登録してください。",
            "Correct the MX target or publish its A record."),
    MX_TARGET_CNAME(MX, WARNING, "RFC 2181 10.3", "MX の宛先が CNAME です", "MX target is a CNAME",
            "MX の宛先は CNAME であってはならず、一部の送信サーバーは配送を拒否します。",
            "An MX target must not be a CNAME; some senders refuse to deliver.",
            "MX には CNAME の先の本当のホスト名を書いてください。", "Put the canonical host name in the MX."),
    MX_NOT_PROVIDER(MX, ERROR, "RFC 5321 5.1", "MX がプロバイダーのメールサーバーを指していません",
            "MX does not point at the provider's mail server",
            "MX の宛先のアドレスがプロバイダーのメールサーバーと一致しません。Web の移転などで古いサーバーを指したままの可能性があります。",
            "The MX target's addresses differ from the provider's mail server: often an old host left behind after a web move.",
            "MX をプロバイダーの指定どおりに直してください（Xserver ではドメイン自身、A はサーバーの IP）。",
            "Point the MX where the provider says (Xserver: the domain itself, A at the server's IP)."),
    MX_PTR_MISSING(MX, WARNING, "RFC 1912 2.1", "MX ホストの IP アドレスに逆引き (PTR) がありません",
            "The MX host's address has no reverse DNS (PTR)",
            "Gmail・Yahoo は送信元 IP に正引きと一致する逆引きを求めます。Xserver では MX のサーバーが送信サーバーも兼ねるため、逆引きがないと送信したメールが拒否・迷惑メール扱いされやすくなります。",
            "Gmail and Yahoo require sending IPs to have reverse DNS matching forward DNS; at Xserver the MX host also sends, so mail from it is more likely rejected or marked as spam.",
            "逆引きは IP アドレスの管理者が設定します。サーバー会社に、この IP アドレスの PTR をサーバーのホスト名にするよう依頼してください。",
            "Reverse DNS is set by whoever owns the address: ask the server company to set its PTR to the server's host name."),
    MX_PTR_MISMATCH(MX, WARNING, "RFC 1912 2.1", "逆引きが正引きと一致しません（FCrDNS 不一致）",
            "Reverse DNS is not forward-confirmed (FCrDNS mismatch)",
            "MX の IP アドレスの PTR が指す名前を正引きしても、同じ IP アドレスに戻りません。Gmail・Yahoo は正引きと逆引きの一致を求めます。",
            "The name in the MX address's PTR does not resolve back to that address; Gmail and Yahoo require forward and reverse DNS to match.",
            "PTR の名前に A/AAAA レコード（この IP アドレス）を登録するか、サーバー会社に PTR を正しいホスト名へ直すよう依頼してください。",
            "Publish an A/AAAA record (this address) for the PTR name, or ask the server company to point the PTR at the right host name."),
    MX_PTR_UNCHECKED(MX, COULD_NOT_CHECK, "RFC 1912 2.1", "MX の逆引きを確認できませんでした", "Could not check the MX host's reverse DNS",
            "逆引きの問い合わせがタイムアウト・エラーになったか、ゾーンファイルの外（オフライン）です。逆引きが無いという意味ではありません。",
            "The reverse lookup timed out or failed, or lies outside the zone file (offline). This does not mean there is no PTR.",
            "ライブ DNS で再確認してください。", "Check again against live DNS."),
    MIGRATION_TTL_LONG(MX, INFO, "RFC 1035 3.2.1", "移行の前に TTL を下げてください", "Lower the TTL before the migration",
            "移行が予定されていますが、切り替えで変わるレコードの TTL が長く、古い値がその間キャッシュに残ります。移行計画と同じ基準で、切り替えの少なくとも 24 時間前（TTL の 2 倍が長ければその時間）までに TTL を 300 秒へ下げます。",
            "A migration is planned, but a record the switch changes has a long TTL, so caches keep the old value that long. By the migration planner's rule, lower it to 300 s at least 24 hours before the switch (twice the TTL when that is longer).",
            "示された期限までに DNS 事業者のパネルで TTL を 300 秒に下げてください。", "Lower the TTL to 300 s in the DNS operator's panel by the time shown."),
    MX_UNCHECKED(MX, COULD_NOT_CHECK, "RFC 5321 5.1", "MX を確認できませんでした", "Could not check MX",
            "問い合わせがタイムアウト・エラーになったか、ゾーンファイルの外の名前です（オフライン）。MX が無いという意味ではありません。",
            "The query timed out or failed, or the name lies outside the zone file (offline). This does not mean there is no MX.",
            "時間をおいて、またはライブ DNS で再確認してください。", "Check again later, or against live DNS."),

    // --- SPF ---
    SPF_OK(SPF, OK, "RFC 7208", "SPF は正しく評価できます", "SPF evaluates cleanly",
            "SPF レコードは 1 つで、構文・参照回数とも制限内です。", "One SPF record, syntax and lookups within limits.", "", ""),
    SPF_MISSING(SPF, ERROR, "RFC 7208 4.5", "SPF レコードがありません", "No SPF record",
            "SPF がないと Gmail などは送信元を確認できず、迷惑メール扱いや拒否の原因になります。",
            "Without SPF, Gmail and others cannot verify the sender: mail lands in spam or is rejected.",
            "プロバイダー推奨の SPF を TXT レコードとして登録してください。", "Publish the provider's SPF as a TXT record."),
    SPF_MULTIPLE(SPF, ERROR, "RFC 7208 4.5", "SPF レコードが複数あります", "More than one SPF record",
            "v=spf1 で始まる TXT が複数あると SPF は permerror となり、すべて無効になります。",
            "Several v=spf1 TXT records make SPF a permerror: none of them counts.",
            "1 つのレコードにまとめてください（修正案を参照）。", "Merge them into one record (see the fix)."),
    SPF_SYNTAX(SPF, ERROR, "RFC 7208 12", "SPF の構文エラー", "SPF syntax error",
            "SPF レコードに構文エラーがあり、permerror になります。", "The SPF record has a syntax error: permerror.",
            "示された位置の誤りを直してください。", "Correct the term at the position shown."),
    SPF_TOO_MANY_LOOKUPS(SPF, ERROR, "RFC 7208 4.6.4", "SPF の DNS 参照が 10 回を超えています",
            "SPF needs more than 10 DNS lookups",
            "include・a・mx・ptr・exists・redirect の合計が 10 を超えると permerror になります。",
            "More than 10 include/a/mx/ptr/exists/redirect terms in total is a permerror.",
            "使っていない include を外し、参照回数を 10 以内にしてください。", "Remove unused includes to stay within 10."),
    SPF_TOO_MANY_VOID(SPF, ERROR, "RFC 7208 4.6.4", "SPF の空振り参照が 2 回を超えています",
            "More than 2 void SPF lookups",
            "存在しない名前を参照する項目が 2 つを超えると permerror になります。",
            "More than two lookups of names that do not exist is a permerror.",
            "存在しないホストを指す項目を削除してください。", "Remove the terms that name hosts that do not exist."),
    SPF_LOOP(SPF, ERROR, "RFC 7208 4.6.4", "SPF の include がループしています", "SPF include loop",
            "include/redirect が自分自身に戻っており、評価が終わりません。",
            "An include or redirect leads back to itself: evaluation cannot finish.",
            "ループしている include を削除してください。", "Remove the include that loops."),
    SPF_PLUS_ALL(SPF, ERROR, "RFC 7208 5.1", "SPF が +all で全世界を許可しています", "SPF +all authorises everyone",
            "+all はどのサーバーからの送信も正当と宣言し、なりすましを許します。",
            "+all declares every server in the world a legitimate sender.",
            "~all（または -all）に直してください。", "Change it to ~all (or -all)."),
    SPF_NEUTRAL_ALL(SPF, WARNING, "RFC 7208 8.2", "SPF が ?all で何も主張していません", "SPF ?all asserts nothing",
            "?all（neutral）は SPF がないのとほぼ同じ扱いです。", "?all (neutral) counts about as much as no SPF.",
            "~all に直してください。", "Change it to ~all."),
    SPF_NO_ALL(SPF, WARNING, "RFC 7208 4.7", "SPF に all がありません", "SPF has no all",
            "all も redirect もないと、一致しない送信元は neutral になり保護が弱くなります。",
            "Without all or redirect, non-matching senders get neutral: weak protection.",
            "末尾に ~all を付けてください。", "End the record with ~all."),
    SPF_PTR(SPF, WARNING, "RFC 7208 5.5", "SPF に ptr が使われています", "SPF uses ptr",
            "ptr は遅く不確実で、使うべきではないとされています。受信側が無視することがあります。",
            "ptr is slow and unreliable and should not be used; receivers may ignore it.",
            "ptr を ip4/ip6 や a: に置き換えてください。", "Replace ptr with ip4/ip6 or a: terms."),
    SPF_STRING_TOO_LONG(SPF, ERROR, "RFC 7208 3.3", "SPF の文字列が 255 バイトを超えています",
            "An SPF string is longer than 255 bytes",
            "TXT の 1 文字列は 255 バイトまでです。長いレコードは複数の文字列に分けて登録します（連結時に空白は入りません）。",
            "One TXT string holds at most 255 bytes; split longer records into several strings (joined without spaces).",
            "255 バイト以下の文字列に分けて登録してください（修正案を参照）。", "Publish it as strings of at most 255 bytes (see the fix)."),
    SPF_ANSWER_TOO_BIG(SPF, WARNING, "RFC 7208 3.4", "TXT の応答が 512 バイトを超えています", "TXT answer over 512 bytes",
            "応答が 512 バイトを超えると UDP で収まらず、TCP 再送が必要になり失敗することがあります。",
            "An answer over 512 bytes may not fit UDP and needs a TCP retry, which can fail.",
            "不要な TXT レコードを削除して応答を小さくしてください。", "Remove unneeded TXT records to shrink the answer."),
    SPF_PROVIDER_INCLUDE_MISSING(SPF, ERROR, "RFC 7208 5.2", "SPF にプロバイダーの送信サーバーが含まれていません",
            "SPF lacks the provider's senders",
            "プロバイダー（Xserver など）の送信サーバーが SPF にないと、そこから送ったメールが SPF 不合格になります。",
            "Mail sent through the provider fails SPF when its senders are not in the record.",
            "プロバイダーの include を追加してください（修正案を参照）。", "Add the provider's include (see the fix)."),
    SPF_STALE_INCLUDE(SPF, WARNING, "RFC 7208 5.2", "SPF に使っていないホストが残っています",
            "SPF still authorises a host no longer used",
            "以前のサーバーやサービスの許可が残っていると、参照回数を浪費し、なりすましの余地を残します。",
            "Old hosts left in SPF waste lookups and leave room for spoofing.",
            "使っていないホストの項目を削除してください（修正案を参照）。", "Remove the terms for hosts no longer used (see the fix)."),
    SPF_INCLUDE_NO_RECORD(SPF, ERROR, "RFC 7208 5.2", "include 先に SPF レコードがありません",
            "An include target has no SPF record",
            "include 先に SPF がないと評価は permerror になります。古いサービスの削除漏れが多い原因です。",
            "An include of a name without SPF is a permerror, often an old service left behind.",
            "その include を削除するか、正しい名前に直してください。", "Remove that include or correct its name."),
    SPF_TYPE99_ONLY(SPF, ERROR, "RFC 7208 3.1", "SPF が廃止された SPF 型（type 99）だけで公開されています",
            "SPF is published only as the obsolete SPF type (type 99)",
            "SPF 型（type 99）のレコードは廃止され、受信側は TXT レコードしか見ません。このままでは SPF がないのと同じです。",
            "The SPF record type (type 99) is obsolete; receivers read only TXT records, so this is as good as no SPF.",
            "同じ内容を TXT レコードとして登録し、type 99 のレコードは削除してください。",
            "Publish the same value as a TXT record and remove the type 99 record."),
    SPF_UNCHECKED(SPF, COULD_NOT_CHECK, "RFC 7208 4.4", "SPF の一部を確認できませんでした", "Could not check part of SPF",
            "問い合わせがタイムアウト・エラーになった（temperror）か、ゾーンファイルの外の名前です（オフライン）。レコードが無いという意味ではありません。",
            "A query timed out or failed (temperror), or the name lies outside the zone file (offline). This does not mean the record is missing.",
            "時間をおいて、またはライブ DNS で再確認してください。", "Check again later, or against live DNS."),

    // --- DKIM ---
    DKIM_OK(DKIM, OK, "RFC 6376 3.6.1", "DKIM の公開鍵は有効です", "The DKIM key is valid",
            "セレクターの公開鍵が公開され、長さも十分です。", "The selector's public key is published and strong enough.", "", ""),
    DKIM_MISSING(DKIM, WARNING, "RFC 6376 3.6.2", "DKIM の公開鍵がありません", "No DKIM key",
            "このセレクターの鍵がなく、DKIM 署名を検証できません。Gmail は SPF か DKIM を必須としています。",
            "No key for this selector: signatures cannot be verified. Gmail needs SPF or DKIM.",
            "サーバーパネルで DKIM を有効にし、表示された TXT レコードを登録してください。",
            "Enable DKIM in the server panel and publish the TXT record it shows."),
    DKIM_REVOKED(DKIM, WARNING, "RFC 6376 3.6.1", "DKIM の鍵が失効しています（p= が空）", "DKIM key revoked (empty p=)",
            "p= が空の鍵は失効を意味し、この鍵による署名はすべて不合格になります。",
            "An empty p= revokes the key: every signature with it fails.",
            "使うセレクターの新しい鍵を登録してください。", "Publish a current key for the selector in use."),
    DKIM_TESTING(DKIM, WARNING, "RFC 6376 3.6.1", "DKIM がテストモード（t=y）です", "DKIM in testing mode (t=y)",
            "t=y の間、受信側は DKIM の結果を重視しないことがあります。", "With t=y receivers may disregard DKIM results.",
            "テストが終わったら t=y を外してください。", "Remove t=y once testing is done."),
    DKIM_SYNTAX(DKIM, ERROR, "RFC 6376 3.6.1", "DKIM レコードの構文エラー", "DKIM record syntax error",
            "鍵レコードのタグが正しく書かれていません。", "The key record's tags are malformed.",
            "プロバイダーが示す値をそのまま貼り直してください。", "Paste the value the provider shows again, unchanged."),
    DKIM_KEY_TOO_SHORT(DKIM, ERROR, "RFC 8301 3.2", "DKIM の鍵が短すぎます（1024 ビット未満）", "DKIM key too short (< 1024 bits)",
            "1024 ビット未満の RSA 鍵は検証側が不合格にします。", "RSA keys under 1024 bits fail verification.",
            "2048 ビットの鍵を作り直して登録してください。", "Generate and publish a 2048-bit key."),
    DKIM_KEY_1024(DKIM, WARNING, "RFC 8301 3.2", "DKIM の鍵が 2048 ビット未満です", "DKIM key under 2048 bits",
            "1024 ビットは有効ですが、2048 ビットが推奨されます。", "1024 bits is valid, but 2048 is recommended.",
            "次の鍵交換で 2048 ビットにしてください。", "Move to 2048 bits at the next key rotation."),
    DKIM_KEY_INVALID(DKIM, ERROR, "RFC 6376 3.6.1", "DKIM の公開鍵を読み取れません", "DKIM public key unreadable",
            "p= の値が正しい公開鍵ではありません（貼り付け時の欠けや改行の混入など）。",
            "The p= value is not a valid public key (truncated or broken when pasted).",
            "プロバイダーが示す値を欠けなく貼り直してください。", "Paste the full value the provider shows again."),
    DKIM_KEY_TYPE_UNKNOWN(DKIM, ERROR, "RFC 6376 3.6.1", "DKIM の鍵の種類が不明です", "Unknown DKIM key type",
            "k= は rsa か ed25519 でなければ検証できません。", "k= must be rsa or ed25519 to be verified.",
            "k=rsa（または ed25519）にしてください。", "Use k=rsa (or ed25519)."),
    DKIM_UNCHECKED(DKIM, COULD_NOT_CHECK, "RFC 6376 6.1.2", "DKIM を確認できませんでした", "Could not check DKIM",
            "問い合わせがタイムアウト・エラーになったか、ゾーンファイルの外の名前です（オフライン）。鍵が無いという意味ではありません。",
            "The query timed out or failed, or the name lies outside the zone file (offline). This does not mean the key is missing.", "時間をおいて、またはライブ DNS で再確認してください。", "Check again later, or against live DNS."),

    // --- DMARC ---
    DMARC_OK(DMARC, OK, "RFC 9989", "DMARC レコードは有効です", "The DMARC record is valid",
            "DMARC レコードが 1 つあり、タグも正しく書かれています。", "One DMARC record with valid tags.", "", ""),
    DMARC_MISSING(DMARC, WARNING, "RFC 9989", "DMARC レコードがありません", "No DMARC record",
            "Gmail・Yahoo は大量送信者に DMARC（p=none で可）を求めています。",
            "Gmail and Yahoo require DMARC (p=none is enough) from bulk senders.",
            "まず p=none の DMARC を登録してください（修正案を参照）。", "Publish a starter p=none DMARC record (see the fix)."),
    DMARC_MULTIPLE(DMARC, ERROR, "RFC 9989", "DMARC レコードが複数あります", "More than one DMARC record",
            "_dmarc に v=DMARC1 が複数あると、DMARC は適用されません。", "Several v=DMARC1 records at _dmarc: DMARC is not applied.",
            "1 つにまとめてください。", "Keep exactly one."),
    DMARC_SYNTAX(DMARC, ERROR, "RFC 9989", "DMARC レコードの構文エラー", "DMARC record syntax error",
            "v=DMARC1 で始まり、tag=value を ; で区切る形でなければなりません。",
            "It must start with v=DMARC1 and list tag=value pairs separated by ';'.",
            "修正案の形で書き直してください。", "Rewrite it in the form of the fix."),
    DMARC_BAD_VALUE(DMARC, ERROR, "RFC 9989", "DMARC のタグの値が正しくありません", "Invalid DMARC tag value",
            "タグの値が規格で許された値ではありません。", "A tag has a value the standard does not allow.",
            "示されたタグの値を直してください。", "Correct the tag shown."),
    DMARC_UNKNOWN_TAG(DMARC, WARNING, "RFC 9989", "DMARC に不明なタグがあります", "Unknown DMARC tag",
            "不明なタグは無視されます。綴りの誤りかもしれません。", "Unknown tags are ignored; it may be a typo.",
            "タグの綴りを確認してください。", "Check the tag's spelling."),
    DMARC_OBSOLETE_TAG(DMARC, INFO, "RFC 9989", "DMARC に廃止されたタグがあります", "Obsolete DMARC tag",
            "pct・rf・ri は RFC 9989 で廃止され、無視されます。", "pct, rf and ri were removed by RFC 9989 and are ignored.",
            "廃止タグを削除してください。", "Remove the obsolete tags."),
    DMARC_INHERITED(DMARC, INFO, "RFC 9989 4.10", "DMARC は上位ドメインのレコードが適用されます",
            "DMARC policy comes from a parent domain",
            "このドメインの _dmarc にはレコードがなく、DNS ツリーをさかのぼって見つかった上位（組織）ドメインの DMARC が適用されます（サブドメインには sp、存在しないサブドメインには np）。",
            "No record at this domain's _dmarc; the DNS tree walk found the parent (organisational) domain's record, which applies (sp for subdomains, np for non-existent ones).",
            "", ""),
    DMARC_POLICY_NONE(DMARC, INFO, "RFC 9989", "DMARC は監視のみ（p=none）です", "DMARC monitors only (p=none)",
            "p=none は Gmail・Yahoo の要件を満たしますが、なりすましメールは止めません。",
            "p=none meets Gmail/Yahoo's requirement but does not stop spoofed mail.",
            "レポートで問題がないことを確認したら quarantine へ進めてください。", "Move to quarantine once reports look clean."),
    DMARC_NO_RUA(DMARC, INFO, "RFC 9989", "DMARC の集計レポート送付先（rua）がありません", "No DMARC aggregate report address (rua)",
            "rua がないと、誰がドメイン名で送信しているか分かりません。", "Without rua you cannot see who sends as the domain.",
            "rua=mailto:... を追加してください。", "Add rua=mailto:..."),
    DMARC_REPORT_NOT_AUTHORIZED(DMARC, WARNING, "RFC 9989", "外部のレポート送付先が許可されていません",
            "External report address not authorised",
            "別ドメインにレポートを送るには、そのドメインに <ドメイン>._report._dmarc.<送付先ドメイン> の TXT（v=DMARC1）が必要です。",
            "Reports to another domain need <domain>._report._dmarc.<report domain> TXT v=DMARC1 there.",
            "送付先ドメイン側に許可レコードを登録してください（修正案を参照）。", "Publish the authorisation record at the report domain (see the fix)."),
    DMARC_CNAME(DMARC, INFO, "RFC 9989", "_dmarc が CNAME です", "_dmarc is a CNAME",
            "CNAME は有効ですが、DMARC の内容を別の管理者が変えられます。", "Valid, but someone else controls the DMARC content.",
            "意図した委任であることを確認してください。", "Make sure this delegation is intended."),
    DMARC_UNCHECKED(DMARC, COULD_NOT_CHECK, "RFC 9989", "DMARC を確認できませんでした", "Could not check DMARC",
            "問い合わせがタイムアウト・エラーになったか、ゾーンファイルの外の名前です（オフライン）。レコードが無いという意味ではありません。",
            "The query timed out or failed, or the name lies outside the zone file (offline). This does not mean the record is missing.", "時間をおいて、またはライブ DNS で再確認してください。", "Check again later, or against live DNS."),

    // --- MTA-STS and TLS-RPT ---
    MTA_STS_OK(MTA_STS, OK, "RFC 8461 3.1", "MTA-STS の TXT レコードは有効です", "MTA-STS TXT record valid",
            "TXT は有効です。HTTPS のポリシーファイルは別の項目で確認します。",
            "The TXT record is valid. The HTTPS policy file is checked as a finding of its own.", "", ""),
    MTA_STS_ABSENT(MTA_STS, INFO, "RFC 8461", "MTA-STS は設定されていません", "No MTA-STS",
            "任意の設定です。受信時の TLS を強制したい場合に使います。", "Optional; it enforces TLS for inbound mail.",
            "", ""),
    MTA_STS_INVALID(MTA_STS, ERROR, "RFC 8461 3.1", "MTA-STS の TXT レコードが正しくありません", "MTA-STS TXT record invalid",
            "v=STSv1; id=... の形でなければ無視されます。", "It must read v=STSv1; id=... or it is ignored.",
            "v=STSv1; id=<英数字 1〜32 文字> に直してください。", "Use v=STSv1; id=<1-32 letters/digits>."),
    MTA_STS_HOST_MISSING(MTA_STS, ERROR, "RFC 8461 3.3", "mta-sts.<ドメイン> のアドレスがありません", "mta-sts.<domain> has no address",
            "_mta-sts の TXT はありますが、ポリシーを置く mta-sts.<ドメイン> に A/AAAA レコードがなく、送信側はポリシーを取得できません。MTA-STS は働いていません。",
            "The _mta-sts TXT record exists, but mta-sts.<domain>, where the policy lives, has no A/AAAA record: senders cannot fetch the policy and MTA-STS does not work.",
            "mta-sts.<ドメイン> の A レコードをポリシーを置く Web サーバーに向けるか、MTA-STS を使わないなら _mta-sts の TXT を削除してください。",
            "Point mta-sts.<domain> at the web server that serves the policy, or remove the _mta-sts TXT if MTA-STS is not used."),
    MTA_STS_POLICY_OK(MTA_STS, OK, "RFC 8461 3.2", "MTA-STS のポリシーは有効です", "The MTA-STS policy is valid",
            "HTTPS（証明書検証あり）でポリシーを取得し、書式・mode・max_age・MX の一致を確認しました。",
            "The policy was fetched over HTTPS with a verified certificate; syntax, mode, max_age and the MX patterns are right.", "", ""),
    MTA_STS_POLICY_FETCH_FAILED(MTA_STS, ERROR, "RFC 8461 3.3", "MTA-STS のポリシーを取得できません", "The MTA-STS policy cannot be fetched",
            "https://mta-sts.<ドメイン>/.well-known/mta-sts.txt を証明書を検証して取得できませんでした（証明書・HTTP 応答・接続の理由は詳細のとおり）。送信側も取得できず、MTA-STS は働いていません。",
            "https://mta-sts.<domain>/.well-known/mta-sts.txt could not be fetched with a verified certificate (the certificate, HTTP or connection reason is in the detail). Senders cannot fetch it either, so MTA-STS does not work.",
            "mta-sts.<ドメイン> に有効な証明書（その名前を含み、信頼された認証局が発行したもの）を設定し、ポリシーファイルを text/plain で公開してください。",
            "Give mta-sts.<domain> a valid certificate (naming it, from a trusted CA) and serve the policy file as text/plain."),
    MTA_STS_POLICY_INVALID(MTA_STS, ERROR, "RFC 8461 3.2", "MTA-STS のポリシーが正しくありません", "The MTA-STS policy is invalid",
            "ポリシーファイルの書式・mode・max_age が規格どおりではなく、送信側はこのポリシーを使いません。",
            "The policy file's syntax, mode or max_age is not as the standard requires; senders do not use it.",
            "version: STSv1、mode: enforce / testing / none、max_age: 秒数（最大 31557600）、mx: MX のホスト名 の形に直してください。",
            "Use version: STSv1, mode: enforce / testing / none, max_age: seconds (at most 31557600), mx: the MX host names."),
    MTA_STS_MX_NOT_COVERED(MTA_STS, ERROR, "RFC 8461 4.1", "MTA-STS の mx に含まれない MX があります", "An MX host is not covered by the MTA-STS policy",
            "ポリシーの mx パターンに一致しない MX ホストがあります。enforce では、送信側はそのホストへ配送しません。",
            "An MX host matches none of the policy's mx patterns; in enforce mode senders will not deliver to it.",
            "ポリシーの mx にその MX ホスト名（またはそれに一致する *.ドメイン）を追加してください。",
            "Add the MX host name (or a *.domain pattern that matches it) to the policy's mx lines."),
    MTA_STS_NOT_ENFORCED(MTA_STS, INFO, "RFC 8461 5", "MTA-STS は強制されていません（testing / none）", "MTA-STS is not enforced (testing / none)",
            "mode が testing では失敗をレポートするだけで配送は止めず、none はポリシーの取り下げです。",
            "In testing mode failures are only reported, delivery goes on; none withdraws the policy.",
            "レポートで問題がないことを確認したら mode: enforce にしてください。", "Move to mode: enforce once the reports look clean."),
    MTA_STS_MAX_AGE_SHORT(MTA_STS, INFO, "RFC 8461 3.2", "MTA-STS の max_age が短すぎます", "MTA-STS max_age is short",
            "max_age が 1 日未満だと、送信側はすぐにポリシーを忘れ、ダウングレード攻撃を防げる期間が短くなります。規格は数週間以上を勧めています。",
            "A max_age under a day lets senders forget the policy soon, shortening the protection against downgrade; the standard recommends weeks or more.",
            "テストが終わったら max_age を 604800（1 週間）以上にしてください。", "Once testing is done, set max_age to 604800 (a week) or more."),
    MTA_STS_POLICY_UNCHECKED(MTA_STS, COULD_NOT_CHECK, "RFC 8461 3.3", "MTA-STS のポリシーを確認できませんでした", "Could not check the MTA-STS policy",
            "ポリシーの取得がタイムアウトしたか、mta-sts.<ドメイン> や MX の問い合わせが失敗しました。ポリシーが無いという意味ではありません。",
            "Fetching the policy timed out, or a lookup of mta-sts.<domain> or of the MX failed. This does not mean there is no policy.",
            "時間をおいて再確認してください。", "Check again later."),
    MTA_STS_POLICY_NOT_FETCHED(MTA_STS, INFO, "RFC 8461 3.3", "MTA-STS のポリシーは取得していません（オフライン）", "MTA-STS policy not fetched (offline)",
            "ゾーンファイルだけの確認（オフライン）では HTTPS のポリシーファイルを取得しません。ライブで確認すると取得します。",
            "A check of zone files alone (offline) does not fetch the HTTPS policy file; a live check does.",
            "", ""),
    TLS_RPT_OK(MTA_STS, OK, "RFC 8460 3", "TLS-RPT レコードは有効です", "TLS-RPT record valid",
            "TLS 接続の失敗レポートの送付先が設定されています。", "TLS failure reports have a destination.", "", ""),
    TLS_RPT_ABSENT(MTA_STS, INFO, "RFC 8460", "TLS-RPT は設定されていません", "No TLS-RPT",
            "任意の設定です。TLS 接続の失敗レポートを受け取れます。", "Optional; it brings reports of TLS failures.", "", ""),
    TLS_RPT_INVALID(MTA_STS, ERROR, "RFC 8460 3", "TLS-RPT レコードが正しくありません", "TLS-RPT record invalid",
            "v=TLSRPTv1; rua=mailto:... の形でなければ無視されます。", "It must read v=TLSRPTv1; rua=mailto:... or it is ignored.",
            "v=TLSRPTv1; rua=mailto:<アドレス> に直してください。", "Use v=TLSRPTv1; rua=mailto:<address>."),
    MTA_STS_UNCHECKED(MTA_STS, COULD_NOT_CHECK, "RFC 8461", "MTA-STS/TLS-RPT を確認できませんでした", "Could not check MTA-STS/TLS-RPT",
            "問い合わせがタイムアウト・エラーになったか、ゾーンファイルの外の名前です（オフライン）。", "The query timed out or failed, or the name lies outside the zone file (offline).", "時間をおいて、またはライブ DNS で再確認してください。", "Check again later, or against live DNS."),

    // --- Gmail / Yahoo ---
    SENDER_REQUIREMENTS(SENDER, INFO, "Gmail/Yahoo 2024", "Gmail・Yahoo の送信者要件（DNS で分かる範囲）",
            "Gmail/Yahoo sender requirements (the DNS part)",
            "DNS で確認できるのは SPF・DKIM・DMARC の有無と正しさまでです。送信 IP の逆引き、TLS での送信、From と SPF/DKIM のドメイン一致（アライメント）、迷惑メール率、ワンクリック配信停止は実際のメールのヘッダーで確認してください。",
            "DNS shows whether SPF, DKIM and DMARC exist and are valid. Reverse DNS of the sending IP, TLS, alignment of From with SPF/DKIM, spam rate and one-click unsubscribe need a real message's headers.",
            "Gmail に送ったメールの「メッセージのソースを表示」で spf=pass・dkim=pass・dmarc=pass を確認してください。",
            "Send a message to Gmail and check spf=pass, dkim=pass, dmarc=pass under \"Show original\"."),

    // --- The server panel's DNS records (last import) against live DNS ---
    PANEL_DNS_IN_EFFECT(PANEL, OK, "RFC 1034 4.2.1", "サーバーパネルの DNS が使われています", "The server panel's DNS is in effect",
            "ドメインの NS がサーバーパネルのネームサーバーを指しているため、パネルで設定した DNS レコードが公開されています。",
            "The domain's NS records point at the server panel's name servers, so the records set in the panel are the ones published.",
            "", ""),
    PANEL_DNS_NOT_IN_EFFECT(PANEL, WARNING, "RFC 1034 4.2.1", "サーバーパネルの DNS レコードは使われていません",
            "The server panel's DNS records are not in effect",
            "ドメインの NS がサーバーパネルのネームサーバーではなく、別の DNS 事業者（ホームページの制作会社やドメインの登録会社など）を指しています。"
                    + "サーバーパネルで DNS レコードを追加・変更しても、メールにも Web にも反映されません。",
            "The domain's NS records point at another DNS operator (the web designer's or the registrar's), not at the server panel's name "
                    + "servers. Adding or changing DNS records in the server panel has no effect on mail or the web.",
            "MX・SPF・DKIM・DMARC の変更は、NS が指している DNS 事業者の管理画面で行ってください。サーバーパネルの DNS を使うなら、"
                    + "ドメインの登録会社で NS をサーバーパネルのネームサーバーに変更します（Web の設定も移す必要があります）。",
            "Make MX, SPF, DKIM and DMARC changes in the panel of the DNS operator the NS records point at. To use the server panel's "
                    + "DNS instead, change the NS at the registrar to the panel's name servers (the web records must move too)."),
    PANEL_DNS_MATCHES(PANEL, OK, "RFC 1035 3.3", "サーバーパネルの DNS と実際の DNS が一致しています",
            "The server panel's DNS matches live DNS",
            "パネルの取り込みにあるレコードと、実際の DNS の応答が一致しています。", "The records in the panel import and the live DNS answers agree.",
            "", ""),
    PANEL_RECORD_NOT_LIVE(PANEL, WARNING, "RFC 1035 3.3", "パネルにあるレコードが実際の DNS にありません",
            "A record in the panel is not in live DNS",
            "サーバーパネルに設定されているレコードが、実際の DNS の応答にありません。パネルの変更がまだ反映されていないか、"
                    + "パネルの取り込み後に DNS が変わったか、パネルの DNS が使われていません。",
            "A record set in the server panel is not in the live DNS answer: a panel change not published yet, DNS changed after the "
                    + "import, or the panel's DNS is not in effect.",
            "パネルを取り込み直してから再確認し、それでも違う場合はどちらが正しいかを決めて揃えてください。",
            "Import the panel again and re-check; if they still differ, decide which is right and make them agree."),
    PANEL_RECORD_NOT_IN_PANEL(PANEL, WARNING, "RFC 1035 3.3", "実際の DNS にあるレコードがパネルにありません",
            "A live DNS record is not in the panel",
            "実際の DNS が返すレコードが、サーバーパネルの取り込みにありません。パネル以外の場所で設定されたか、パネルの取り込みが古いか、"
                    + "パネルの DNS が使われていません。",
            "Live DNS returns a record the panel import does not have: it was set somewhere else, the import is old, or the panel's "
                    + "DNS is not in effect.",
            "パネルを取り込み直してから再確認し、必要なレコードならパネルにも登録してください（NS を切り替えたときに消えないように）。",
            "Import the panel again and re-check; if the record is needed, add it to the panel as well (so it survives a switch of NS)."),
    PANEL_RECORD_DIFFERENT(PANEL, WARNING, "RFC 1035 3.3", "パネルと実際の DNS で値が違います", "The panel and live DNS differ",
            "同じ名前・種類のレコードで、サーバーパネルの値と実際の DNS の値が違います。",
            "For the same name and type, the server panel's value and the live DNS value differ.",
            "パネルを取り込み直してから再確認し、どちらの値が正しいかを決めて揃えてください。",
            "Import the panel again and re-check; decide which value is right and make them agree."),
    PANEL_DNS_UNCHECKED(PANEL, COULD_NOT_CHECK, "RFC 1035", "パネルの DNS と比べられませんでした", "Could not compare with the panel's DNS",
            "実際の DNS への問い合わせがタイムアウト・エラーになりました。レコードが無い、または違うという意味ではありません。",
            "A live DNS question timed out or failed. This does not mean a record is missing or different.",
            "時間をおいて再確認するか、別の DNS サーバーを指定してください。", "Check again later or use another DNS server."),

    // --- The input: zone files and records the checker cannot take as they are ---
    ZONE_FILE_UNREADABLE(INPUT, ERROR, "RFC 1035 5.1", "ゾーンファイルを読み込めません", "The zone file cannot be read",
            "ファイルが見つからないか、UTF-8 ではないか、示された行の書き方に誤りがあります。このドメインは確認していません（レコードが無いという意味ではありません）。DNS サーバーもこのファイルを読み込めません。",
            "The file is missing, is not UTF-8, or the line shown is malformed. This domain was not checked (this does not mean its records are missing). A DNS server could not load this file either.",
            "示された行を直し、ファイルを UTF-8 で保存してから再確認してください。",
            "Correct the line shown, save the file as UTF-8 and check again."),
    RECORD_TOO_LONG(INPUT, ERROR, "RFC 1035 3.2.1", "レコードが長すぎます", "Record too long",
            "DNS の 1 レコードのデータは 65,535 バイトまでで、これを超えるレコードは公開できません。このレコードは除いて確認しました。",
            "The data of one DNS record holds at most 65,535 bytes; a longer record cannot be published. The check went on without it.",
            "レコードの値を見直し、不要な部分（貼り付けの重複など）を削除してください。",
            "Review the record's value and remove what does not belong (a value pasted twice, for example)."),
    CHECK_FAILED(INPUT, COULD_NOT_CHECK, "MailBench", "このドメインの確認が途中で止まりました", "The check of this domain stopped",
            "入力の何かが MailBench の想定外で、このドメインを確認できませんでした。ほかのドメインは確認済みです。レコードが無いという意味ではありません。",
            "Something in the input was beyond what MailBench expects, so this domain was not checked; the other domains were. This does not mean its records are missing.",
            "詳細を添えて MailBench の開発者に報告してください。", "Report it to the MailBench developers with the detail shown.");

    private final RecordGroup group;
    private final DnsSeverity severity;
    private final String rfc;
    private final LocalizedText title;
    private final LocalizedText explanation;
    private final LocalizedText remedy;

    FindingCode(RecordGroup group, DnsSeverity severity, String rfc, String titleJa, String titleEn, String whyJa,
                String whyEn, String fixJa, String fixEn) {
        this.group = group;
        this.severity = severity;
        this.rfc = rfc;
        this.title = LocalizedText.of(titleJa, titleEn);
        this.explanation = LocalizedText.of(whyJa, whyEn);
        this.remedy = LocalizedText.of(fixJa, fixEn);
    }

    public RecordGroup group() {
        return group;
    }

    public DnsSeverity severity() {
        return severity;
    }

    public String rfc() {
        return rfc;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText explanation() {
        return explanation;
    }

    /** What to do; empty for OK and purely informational codes. */
    public LocalizedText remedy() {
        return remedy;
    }
}
