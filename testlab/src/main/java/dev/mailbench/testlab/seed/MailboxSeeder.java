package dev.mailbench.testlab.seed;

import dev.mailbench.testlab.LabUser;
import dev.mailbench.testlab.TestLab;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Deterministic Maildir seeder: the same (messages, seed) always produces the same bytes, folders and flags.
 *
 * <p>Writes straight into the user's Maildir++ (folder directories in modified UTF-7, flags in the file
 * names, {@code dovecot-uidlist} and indexes left to Dovecot), after deleting whatever was there (so
 * UIDVALIDITY changes). Content: ISO-2022-JP (written with the Windows-compatible encoder, so ① and 髙
 * appear, as Outlook writes them), Shift_JIS (Windows-31J bytes) and UTF-8 bodies, RFC 2047 encoded
 * subjects, body lines starting with {@code From }, messages without Message-ID (i % 50 == 7), exact
 * duplicates of the previous message (i % 97 == 96), 0.2-2 MB attachments (i % 100 == 42; every N-th
 * message instead with {@link #withAttachmentEvery}), most bodies 2-20 KB, \Seen ~70 %, \Answered, \Flagged.
 */
public final class MailboxSeeder {

    public static final long DEFAULT_SEED = 20240401L;
    public static final int DEFAULT_MESSAGES = 200;

    /** Seeded folders (IMAP names, separator {@code /}) and their weights; weight 0 = created empty. */
    private static final Map<String, Integer> FOLDERS = new LinkedHashMap<>();

    static {
        FOLDERS.put("INBOX", 30);
        FOLDERS.put("取引先", 10);
        FOLDERS.put("取引先/見積", 10);
        FOLDERS.put("取引先/見積/2024年度", 5);
        FOLDERS.put("請求書", 12);
        FOLDERS.put("研究&開発", 5);
        FOLDERS.put("アーカイブ", 0);
        FOLDERS.put("アーカイブ/2023", 18);
        FOLDERS.put("Sent", 10);
    }

    private static final String[] SUBJECTS = {
        "お見積りのご依頼", "請求書送付のご案内", "打ち合わせ日程の件", "納品書について", "【重要】契約更新のお知らせ",
        "Re: 新製品のご案内", "ご入金確認のお願い", "①②③ 機種依存文字の確認", "髙橋様 ご確認のお願い", "サーバー移転のお知らせ",
        "メールアドレス変更のご連絡", "Fw: 会議資料", "年末年始休業のお知らせ", "見積書（改訂版）の送付",
    };
    private static final String[] NAMES = {"田中 一郎", "佐藤 花子", "鈴木 次郎", "髙橋 美咲", "山本 健", "中村 由美"};
    private static final String[] SENTENCES = {
        "いつもお世話になっております。", "株式会社サンプル商事の田中でございます。", "先日はお忙しいところありがとうございました。",
        "ご依頼の件につきまして、下記のとおりご連絡いたします。", "お手数ですが、内容をご確認のほどよろしくお願いいたします。",
        "添付の資料をご参照ください。", "納期は来月末を予定しております。", "① 数量：１００個　② 単価：１，２００円　③ 合計：１２０，０００円",
        "ご不明な点がございましたら、お気軽にお問い合わせください。", "今後ともよろしくお願い申し上げます。",
        "なお、本メールは送信専用アドレスではありません。", "エックスサーバーへの移転作業は土曜日の夜に行います。",
        "ＭＸレコードとＳＰＦレコードの変更が必要です。", "メールソフトの設定は別紙のとおりです。",
    };
    private static final String[] FROM_LINES = {
        "From the minutes of the last meeting:", "From Tokyo office, with thanks.", "From here on the quote is revised.",
    };
    private static final DateTimeFormatter RFC822 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US);
    private static final Charset ISO_2022_JP_WIN = Charset.forName("x-windows-iso2022jp");
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private final Path maildir;
    private final String user;
    private final int uid;
    private final int gid;
    private final int attachmentEvery;

    /**
     * @param maildir the user's {@code Maildir} directory (deleted and recreated)
     * @param user    the address (goes into To:)
     * @param uid     owner to give the files (Dovecot's mail_uid) or -1 to leave as created
     * @param gid     group, or -1
     */
    public MailboxSeeder(Path maildir, String user, int uid, int gid) {
        this(maildir, user, uid, gid, 100);
    }

    private MailboxSeeder(Path maildir, String user, int uid, int gid, int attachmentEvery) {
        if (attachmentEvery < 1) {
            throw new IllegalArgumentException("attachment interval must be at least 1: " + attachmentEvery);
        }
        this.attachmentEvery = attachmentEvery;
        this.maildir = maildir;
        this.user = user;
        this.uid = uid;
        this.gid = gid;
    }

    /**
     * The same seeder with a 0.2-2 MB attachment on every {@code n}-th message instead of every 100th: with 15,
     * 20,000 messages make about 2.2 GB, the size of the mailbox the archive benchmark is measured on.
     */
    public MailboxSeeder withAttachmentEvery(int n) {
        return new MailboxSeeder(maildir, user, uid, gid, n);
    }

    public static MailboxSeeder forLab(TestLab lab, LabUser user) {
        return new MailboxSeeder(lab.maildir(user), user.address(), lab.mailUid(), lab.mailGid());
    }

    /** The folders the seeder creates (IMAP names, {@code /} separator), in order. */
    public static List<String> folderNames() {
        return List.copyOf(FOLDERS.keySet());
    }

    /** Maildir++ directory name of an IMAP folder name, e.g. {@code 取引先/見積} → {@code .&U9ZfFVFI-.&iYt6TQ-}. */
    public static String maildirName(String imapName) {
        if (imapName.equals("INBOX")) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : imapName.split("/")) {
            sb.append('.').append(ModifiedUtf7.encode(part));
        }
        return sb.toString();
    }

    public SeedResult seed(int messages, long seed) throws IOException {
        long t0 = System.nanoTime();
        deleteTree(maildir);
        Map<String, Path> dirs = new LinkedHashMap<>();
        Map<String, FolderCount> counts = new LinkedHashMap<>();
        for (String f : FOLDERS.keySet()) {
            Path d = f.equals("INBOX") ? maildir : maildir.resolve(maildirName(f));
            for (String sub : new String[] {"cur", "new", "tmp"}) {
                Files.createDirectories(d.resolve(sub));
            }
            if (!f.equals("INBOX")) {
                Files.write(d.resolve("maildirfolder"), new byte[0]);
            }
            dirs.put(f, d);
            counts.put(f, new FolderCount(f, 0, 0, 0, 0, 0));
        }
        StringBuilder subs = new StringBuilder();
        FOLDERS.keySet().stream().filter(f -> !f.equals("INBOX")).forEach(f -> subs.append(maildirName(f).substring(1)).append('\n'));
        Files.writeString(maildir.resolve("subscriptions"), subs.toString(), StandardCharsets.US_ASCII);

        Random rnd = new Random(seed);
        List<String> folderList = new ArrayList<>(FOLDERS.keySet());
        int totalWeight = FOLDERS.values().stream().mapToInt(Integer::intValue).sum();
        ZonedDateTime base = ZonedDateTime.of(2023, 4, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));
        byte[] previous = null;
        String previousFolder = null;
        String previousFlags = null;
        int noId = 0;
        int dups = 0;
        int attachments = 0;
        long bytes = 0;
        for (int i = 0; i < messages; i++) {
            byte[] msg;
            String folder;
            String flags;
            long epoch;
            if (previous != null && i % 97 == 96) {
                msg = previous;
                folder = previousFolder;
                flags = previousFlags;
                dups++;
                epoch = base.plusMinutes(20L * i).toEpochSecond();
            } else {
                int w = rnd.nextInt(totalWeight);
                folder = null;
                for (String f : folderList) {
                    w -= FOLDERS.get(f);
                    if (w < 0) {
                        folder = f;
                        break;
                    }
                }
                ZonedDateTime date = base.plusMinutes(20L * i + rnd.nextInt(20)).plusSeconds(rnd.nextInt(60));
                epoch = date.toEpochSecond();
                boolean withId = i % 50 != 7;
                boolean attach = i % attachmentEvery == 42 % attachmentEvery;
                msg = message(rnd, i, seed, date, folder, withId, attach);
                if (!withId) {
                    noId++;
                }
                if (attach) {
                    attachments++;
                }
                boolean seen = rnd.nextDouble() < 0.7;
                boolean answered = seen && rnd.nextDouble() < 0.2;
                boolean flagged = rnd.nextDouble() < 0.05;
                flags = (flagged ? "F" : "") + (answered ? "R" : "") + (seen ? "S" : "");
            }
            long lines = 0;
            for (byte b : msg) {
                if (b == '\n') {
                    lines++;
                }
            }
            String name = epoch + ".M" + i + "P" + (seed & 0xffff) + ".mailbench,S=" + msg.length + ",W=" + (msg.length + lines)
                    + ":2," + flags;
            Path dir = dirs.get(folder);
            Path tmp = dir.resolve("tmp").resolve(name);
            Files.write(tmp, msg);
            Files.move(tmp, dir.resolve("cur").resolve(name), StandardCopyOption.ATOMIC_MOVE);
            counts.put(folder, counts.get(folder).add(flags.contains("S"), flags.contains("R"), flags.contains("F"), msg.length));
            bytes += msg.length;
            previous = msg;
            previousFolder = folder;
            previousFlags = flags;
        }
        chownTree();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new SeedResult(user, java.util.Collections.unmodifiableMap(counts), messages, noId, dups, attachments, bytes, millis);
    }

    private byte[] message(Random rnd, int i, long seed, ZonedDateTime date, String folder, boolean withId, boolean attach) {
        int kind = rnd.nextInt(10); // 0-5 ISO-2022-JP, 6-7 Shift_JIS, 8-9 UTF-8
        String mimeCharset = kind <= 5 ? "ISO-2022-JP" : kind <= 7 ? "Shift_JIS" : "UTF-8";
        Charset cs = kind <= 5 ? ISO_2022_JP_WIN : kind <= 7 ? WINDOWS_31J : StandardCharsets.UTF_8;
        String subject = SUBJECTS[rnd.nextInt(SUBJECTS.length)] + " (No." + i + ")";
        String fromName = NAMES[rnd.nextInt(NAMES.length)];
        String fromAddr = "user" + rnd.nextInt(40) + "@client" + rnd.nextInt(8) + ".test";
        boolean sent = folder.equals("Sent");
        int target = 2000 + rnd.nextInt(18000);
        StringBuilder body = new StringBuilder(target + 200);
        body.append(fromName).append(" 様\n\n");
        int fromLine = i % 10 == 3 ? 1 + rnd.nextInt(5) : -1;
        int line = 0;
        while (body.length() * (kind <= 7 ? 2 : 3) < target) {
            if (line == fromLine) {
                body.append(FROM_LINES[rnd.nextInt(FROM_LINES.length)]).append('\n');
                if (i % 20 == 3) {
                    body.append(">From an mboxrd-quoted line.\n");
                }
            }
            body.append(SENTENCES[rnd.nextInt(SENTENCES.length)]).append('\n');
            if (rnd.nextInt(6) == 0) {
                body.append('\n');
            }
            line++;
        }
        body.append("\n--\nサンプル商事 ").append(sent ? "info@sample-shoji.test" : fromAddr).append('\n');

        StringBuilder h = new StringBuilder(512);
        h.append("Return-Path: <").append(sent ? user : fromAddr).append(">\n");
        h.append("Date: ").append(RFC822.format(date)).append('\n');
        h.append("From: ").append(encodedWords(sent ? "サンプル商事" : fromName, mimeCharset, cs)).append(" <")
                .append(sent ? user : fromAddr).append(">\n");
        h.append("To: ").append(sent ? fromAddr : user).append('\n');
        h.append("Subject: ").append(encodedWords(subject, mimeCharset, cs)).append('\n');
        if (withId) {
            h.append("Message-ID: <seed-").append(seed).append('-').append(i).append("@sample-shoji.test>\n");
        }
        h.append("MIME-Version: 1.0\n");
        h.append("X-Mailer: MailBench testlab seeder\n");
        String cte = kind <= 5 ? "7bit" : kind <= 7 ? "8bit" : "base64";
        byte[] bodyBytes = bodyBytes(body.toString(), cs, kind > 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream(attach ? 3_000_000 : target + 2048);
        if (!attach) {
            h.append("Content-Type: text/plain; charset=").append(mimeCharset).append('\n');
            h.append("Content-Transfer-Encoding: ").append(cte).append("\n\n");
            out.writeBytes(h.toString().getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bodyBytes);
        } else {
            String boundary = "----=_mailbench_" + seed + "_" + i;
            h.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\n\n");
            h.append("This is a multi-part message in MIME format.\n\n--").append(boundary).append('\n');
            h.append("Content-Type: text/plain; charset=").append(mimeCharset).append('\n');
            h.append("Content-Transfer-Encoding: ").append(cte).append("\n\n");
            out.writeBytes(h.toString().getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bodyBytes);
            byte[] data = new byte[200_000 + rnd.nextInt(1_800_000)];
            rnd.nextBytes(data);
            StringBuilder p = new StringBuilder();
            p.append("\n--").append(boundary).append('\n');
            p.append("Content-Type: application/pdf; name=\"=?UTF-8?B?")
                    .append(Base64.getEncoder().encodeToString(("見積書_" + i + ".pdf").getBytes(StandardCharsets.UTF_8)))
                    .append("?=\"\n");
            p.append("Content-Disposition: attachment; filename*=UTF-8''")
                    .append(percent("見積書_" + i + ".pdf")).append('\n');
            p.append("Content-Transfer-Encoding: base64\n\n");
            out.writeBytes(p.toString().getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(Base64.getMimeEncoder(76, new byte[] {'\n'}).encode(data));
            out.writeBytes(("\n--" + boundary + "--\n").getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static byte[] bodyBytes(String text, Charset cs, boolean base64) {
        byte[] raw = text.getBytes(cs);
        if (!base64) {
            return raw;
        }
        byte[] b = Base64.getMimeEncoder(76, new byte[] {'\n'}).encode(raw);
        byte[] withNl = new byte[b.length + 1];
        System.arraycopy(b, 0, withNl, 0, b.length);
        withNl[b.length] = '\n';
        return withNl;
    }

    /** RFC 2047 B-encoded words, at most 10 characters each, folded. */
    static String encodedWords(String text, String mimeCharset, Charset cs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i += 10) {
            String chunk = text.substring(i, Math.min(text.length(), i + 10));
            if (sb.length() > 0) {
                sb.append("\n ");
            }
            sb.append("=?").append(mimeCharset).append("?B?")
                    .append(Base64.getEncoder().encodeToString(chunk.getBytes(cs))).append("?=");
        }
        return sb.toString();
    }

    private static String percent(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    private void chownTree() throws IOException {
        if (uid < 0) {
            return;
        }
        Integer current = (Integer) Files.getAttribute(maildir, "unix:uid");
        if (current == uid) {
            return;
        }
        try (Stream<Path> s = Files.walk(maildir.getParent())) {
            for (Path p : (Iterable<Path>) s::iterator) {
                try {
                    Files.setAttribute(p, "unix:uid", uid);
                    if (gid >= 0) {
                        Files.setAttribute(p, "unix:gid", gid);
                    }
                } catch (AccessDeniedException e) {
                    throw new IOException("cannot give " + p + " to uid " + uid + ": run as root (like testlab/start.sh)", e);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
