package dev.mailbench.host.project;

import dev.mailbench.api.model.Customer;
import dev.mailbench.api.model.Device;
import dev.mailbench.api.model.Domain;
import dev.mailbench.api.model.Identified;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.api.model.Mailbox;
import dev.mailbench.api.model.MailboxUse;
import dev.mailbench.api.model.Person;
import dev.mailbench.api.model.Project;
import dev.mailbench.host.project.ValidationProblem.Severity;
import java.net.IDN;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a project for mistakes a consultant makes while typing it in. Pure and fast: the editors call the
 * per-entity methods on every keystroke; {@link #validate} checks everything (and the CLI uses it).
 *
 * <p>Linear in the size of the project: what one element is compared with (the other domains' names, the other
 * mailboxes' addresses, the known ids) is looked up in an {@link Index} built once per check, never by scanning
 * the lists for each element (which made a 20,000-mailbox project take 20 s).
 */
public final class ProjectValidator {
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern SERVER_ID = Pattern.compile("sv\\d+");

    public List<ValidationProblem> validate(Project project) {
        Index index = new Index(project);
        List<ValidationProblem> out = new ArrayList<>();
        out.addAll(validateCustomer(project.customer()));
        phoneProblem(project.consultant().phone()).ifPresent(msg ->
                out.add(new ValidationProblem(Severity.WARNING, "consultant", "", "phone", msg)));
        out.addAll(validateProvider(project));
        duplicateIds(out, "domain", project.domains());
        duplicateIds(out, "mailbox", project.mailboxes());
        duplicateIds(out, "person", project.people());
        duplicateIds(out, "device", project.devices());
        for (Domain d : project.domains()) {
            out.addAll(validateDomain(index, d));
        }
        for (Mailbox m : project.mailboxes()) {
            out.addAll(validateMailbox(index, m));
        }
        for (Person p : project.people()) {
            out.addAll(validatePerson(project, p));
        }
        for (Device d : project.devices()) {
            out.addAll(validateDevice(index, d));
        }
        return List.copyOf(out);
    }

    public List<ValidationProblem> validateCustomer(Customer customer) {
        List<ValidationProblem> out = new ArrayList<>();
        if (!customer.email().isBlank()) {
            addressProblem(customer.email()).ifPresent(msg ->
                    out.add(new ValidationProblem(Severity.WARNING, "customer", "", "email", msg)));
        }
        phoneProblem(customer.phone()).ifPresent(msg ->
                out.add(new ValidationProblem(Severity.WARNING, "customer", "", "phone", msg)));
        return out;
    }

    /**
     * A warning, not an error, when a phone number does not look Japanese: 0 and 10 or 11 digits (03-1234-5678,
     * 090-1234-5678, 0120-123-456), or +81 and 9 or 10 digits. Full-width digits, hyphens, spaces and brackets are
     * fine. Empty when blank or plausible.
     */
    static Optional<LocalizedText> phoneProblem(String phone) {
        if (phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        String digits = java.text.Normalizer.normalize(phone, java.text.Normalizer.Form.NFKC)
                .replaceAll("[\\s()\\-‐－ー―.]", "");
        boolean domestic = digits.matches("0\\d{9,10}");
        boolean international = digits.matches("\\+81\\d{9,10}");
        if (domestic || international) {
            return Optional.empty();
        }
        return Optional.of(LocalizedText.of(
                "電話番号の形式を確認してください（例: 03-1234-5678、090-1234-5678）",
                "Check the phone number (e.g. 03-1234-5678, 090-1234-5678)"));
    }

    public List<ValidationProblem> validateProvider(Project project) {
        List<ValidationProblem> out = new ArrayList<>();
        var ref = project.provider();
        if ("xserver".equals(ref.profileId())) {
            if (ref.serverId().isBlank()) {
                out.add(new ValidationProblem(Severity.WARNING, "provider", ref.profileId(), "serverId", LocalizedText.of(
                        "サーバーID（例: sv1234）が未入力です。サーバーパネルか設定完了メールで確認してください。",
                        "The server ID (e.g. sv1234) is missing; see the server panel or the setup mail.")));
            } else if (!SERVER_ID.matcher(ref.serverId()).matches()) {
                out.add(new ValidationProblem(Severity.WARNING, "provider", ref.profileId(), "serverId", LocalizedText.of(
                        "サーバーID「" + ref.serverId() + "」は sv＋数字（例: sv1234）の形ではありません。",
                        "Server ID \"" + ref.serverId() + "\" is not \"sv\" followed by digits (e.g. sv1234).")));
            }
        }
        return out;
    }

    public List<ValidationProblem> validateDomain(Project project, Domain domain) {
        return validateDomain(new Index(project), domain);
    }

    private List<ValidationProblem> validateDomain(Index index, Domain domain) {
        List<ValidationProblem> out = new ArrayList<>();
        domainNameProblem(domain.name()).ifPresent(p ->
                out.add(new ValidationProblem(p.severity(), "domain", domain.id(), "name", p.message())));
        String name = Index.domainKey(domain.name());
        if (!name.isEmpty() && index.sharedByAnotherId(index.domainIdsByName, name, domain.id())) {
            out.add(error("domain", domain.id(), "name",
                    "ドメイン「" + domain.name() + "」が重複しています。",
                    "Domain \"" + domain.name() + "\" is listed twice."));
        }
        return out;
    }

    public List<ValidationProblem> validateMailbox(Project project, Mailbox mailbox) {
        return validateMailbox(new Index(project), mailbox);
    }

    private List<ValidationProblem> validateMailbox(Index index, Mailbox mailbox) {
        List<ValidationProblem> out = new ArrayList<>();
        String id = mailbox.id();
        Optional<LocalizedText> syntax = addressProblem(mailbox.address());
        syntax.ifPresent(msg -> out.add(new ValidationProblem(Severity.ERROR, "mailbox", id, "address", msg)));
        if (syntax.isEmpty()) {
            if (index.sharedByAnotherId(index.mailboxIdsByAddress, Index.addressKey(mailbox.address()), id)) {
                out.add(error("mailbox", id, "address",
                        "アドレス「" + mailbox.address() + "」が重複しています（大文字・小文字は区別されません）。",
                        "Address \"" + mailbox.address() + "\" is listed twice (case does not matter)."));
            }
            String domain = mailbox.domainPart();
            if (!index.domainIdsByName.containsKey(domain)) {
                out.add(error("mailbox", id, "address",
                        "アドレスのドメイン「" + domain + "」がこのプロジェクトのドメインにありません。先にドメインを追加してください。",
                        "The address's domain \"" + domain + "\" is not one of this project's domains; add it first."));
            }
        }
        if (mailbox.quotaMb() != null && mailbox.quotaMb() <= 0) {
            out.add(error("mailbox", id, "quotaMb",
                    "メールボックス容量は 1 MB 以上にしてください（" + mailbox.quotaMb() + " MB）。",
                    "The mailbox quota must be positive (" + mailbox.quotaMb() + " MB)."));
        }
        for (String forward : mailbox.forwardTo()) {
            Optional<LocalizedText> problem = addressProblem(forward);
            if (problem.isPresent()) {
                LocalizedText p = problem.get();
                out.add(new ValidationProblem(Severity.ERROR, "mailbox", id, "forwardTo", LocalizedText.of(
                        "転送先「" + forward + "」: " + p.ja(), "Forwarding address \"" + forward + "\": " + p.en())));
            } else if (forward.equalsIgnoreCase(mailbox.address())) {
                out.add(new ValidationProblem(Severity.WARNING, "mailbox", id, "forwardTo", LocalizedText.of(
                        "自分自身への転送が設定されています（転送がループします）。",
                        "The mailbox forwards to itself (a forwarding loop).")));
            }
        }
        return out;
    }

    public List<ValidationProblem> validatePerson(Project project, Person person) {
        List<ValidationProblem> out = new ArrayList<>();
        if (!person.email().isBlank()) {
            addressProblem(person.email()).ifPresent(msg ->
                    out.add(new ValidationProblem(Severity.ERROR, "person", person.id(), "email", msg)));
        }
        return out;
    }

    public List<ValidationProblem> validateDevice(Project project, Device device) {
        return validateDevice(new Index(project), device);
    }

    private List<ValidationProblem> validateDevice(Index index, Device device) {
        List<ValidationProblem> out = new ArrayList<>();
        if (!device.personId().isBlank() && !index.personIds.contains(device.personId())) {
            out.add(error("device", device.id(), "personId",
                    "端末「" + device.name() + "」の利用者（" + device.personId() + "）が見つかりません。",
                    "Device \"" + device.name() + "\" refers to an unknown person (" + device.personId() + ")."));
        }
        for (MailboxUse use : device.mailboxes()) {
            if (!index.mailboxIds.contains(use.mailboxId())) {
                out.add(error("device", device.id(), "mailboxes",
                        "端末「" + device.name() + "」が存在しないメールボックス（" + use.mailboxId() + "）を参照しています。",
                        "Device \"" + device.name() + "\" refers to an unknown mailbox (" + use.mailboxId() + ")."));
            }
        }
        return out;
    }

    /**
     * What is wrong with a mail address, in words a consultant can act on; empty when it is fine. Names the
     * offending character for full-width input (a common slip with a Japanese IME on).
     */
    public static Optional<LocalizedText> addressProblem(String address) {
        if (address == null || address.isEmpty()) {
            return Optional.of(LocalizedText.of("アドレスが入力されていません。", "The address is empty."));
        }
        for (int i = 0; i < address.length(); ) {
            int cp = address.codePointAt(i);
            if (isFullWidth(cp)) {
                String ch = new String(Character.toChars(cp));
                return Optional.of(LocalizedText.of(
                        "全角文字「" + ch + "」が含まれています（" + (i + 1) + "文字目）。半角で入力してください。",
                        "Contains the full-width character \"" + ch + "\" (position " + (i + 1) + "); use half-width."));
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return Optional.of(LocalizedText.of(
                        "空白が含まれています（" + (i + 1) + "文字目）。前後や途中の空白を削除してください。",
                        "Contains a space (position " + (i + 1) + "); remove it."));
            }
            if (cp > 0x7E || cp < 0x21) {
                String ch = new String(Character.toChars(cp));
                return Optional.of(LocalizedText.of(
                        "使えない文字「" + ch + "」が含まれています（" + (i + 1) + "文字目）。",
                        "Contains the character \"" + ch + "\" (position " + (i + 1) + "), which is not allowed."));
            }
            i += Character.charCount(cp);
        }
        int at = address.indexOf('@');
        if (at < 0) {
            return Optional.of(LocalizedText.of("「@」がありません（例: info@example.jp）。",
                    "There is no \"@\" (e.g. info@example.jp)."));
        }
        if (address.indexOf('@', at + 1) >= 0) {
            return Optional.of(LocalizedText.of("「@」が2つ以上あります。", "There is more than one \"@\"."));
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.isEmpty()) {
            return Optional.of(LocalizedText.of("「@」の前（ユーザー名部分）がありません。", "Nothing before the \"@\"."));
        }
        if (!LOCAL_PART.matcher(local).matches()) {
            return Optional.of(LocalizedText.of("「@」の前に使えない記号が含まれています。",
                    "The part before the \"@\" contains a character that is not allowed."));
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of(LocalizedText.of(
                    "「@」の前で「.」が先頭・末尾にあるか連続しています。",
                    "A \".\" before the \"@\" is at the start or end, or doubled."));
        }
        if (domain.isEmpty()) {
            return Optional.of(LocalizedText.of("「@」の後ろ（ドメイン部分）がありません。", "Nothing after the \"@\"."));
        }
        return domainNameProblem(domain).map(p -> LocalizedText.of("ドメイン部分: " + p.message().ja(),
                "Domain part: " + p.message().en()));
    }

    /** Severity and text of what is wrong with a domain name; empty when it is fine. */
    public static Optional<Finding> domainNameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(new Finding(Severity.ERROR, LocalizedText.of("ドメイン名が入力されていません。",
                    "The domain name is empty.")));
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (isFullWidth(cp)) {
                String ch = new String(Character.toChars(cp));
                return Optional.of(new Finding(Severity.ERROR, LocalizedText.of(
                        "全角文字「" + ch + "」が含まれています（" + (i + 1) + "文字目）。半角で入力してください。",
                        "Contains the full-width character \"" + ch + "\" (position " + (i + 1) + "); use half-width.")));
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return Optional.of(new Finding(Severity.ERROR, LocalizedText.of(
                        "空白が含まれています（" + (i + 1) + "文字目）。", "Contains a space (position " + (i + 1) + ").")));
            }
            i += Character.charCount(cp);
        }
        String ascii = name.toLowerCase(Locale.ROOT);
        boolean international = ascii.chars().anyMatch(c -> c > 0x7E);
        if (international) {
            try {
                String puny = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
                return Optional.of(new Finding(Severity.WARNING, LocalizedText.of(
                        "日本語ドメインです。DNS やメールソフトには「" + puny + "」（Punycode）で設定します。",
                        "An internationalized domain; DNS and mail clients use \"" + puny + "\" (Punycode).")));
            } catch (IllegalArgumentException e) {
                return Optional.of(new Finding(Severity.ERROR, LocalizedText.of(
                        "ドメイン名として使えない文字が含まれています。", "Contains characters a domain name cannot have.")));
            }
        }
        if (ascii.endsWith(".")) {
            ascii = ascii.substring(0, ascii.length() - 1);
        }
        if (ascii.length() > 253) {
            return Optional.of(new Finding(Severity.ERROR, LocalizedText.of("ドメイン名が長すぎます（253文字まで）。",
                    "The domain name is too long (253 characters at most).")));
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.of(new Finding(Severity.ERROR, LocalizedText.of(
                    "ドメイン名に「.」がありません（例: example.co.jp）。", "The domain name has no \".\" (e.g. example.co.jp).")));
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                return Optional.of(new Finding(Severity.ERROR, LocalizedText.of(
                        "「.」が先頭・末尾にあるか連続しています。", "A \".\" is at the start or end, or doubled.")));
            }
            if (!LABEL.matcher(label).matches()) {
                return Optional.of(new Finding(Severity.ERROR, LocalizedText.of(
                        "「" + label + "」の部分に使えない文字があるか、「-」で始まる・終わっています（英数字と「-」のみ、63文字まで）。",
                        "\"" + label + "\" has a character that is not allowed, or starts or ends with \"-\" "
                                + "(letters, digits and \"-\", at most 63).")));
            }
        }
        return Optional.empty();
    }

    /**
     * What elements are compared with, looked up by key: built in one pass over the project for each check.
     * Names and addresses map to the ids that use them, so "listed twice" means "also used by another id" (two
     * elements with one id are reported as a duplicate id instead, as before).
     */
    private static final class Index {
        final Map<String, Set<String>> domainIdsByName = new HashMap<>();
        final Map<String, Set<String>> mailboxIdsByAddress = new HashMap<>();
        final Set<String> mailboxIds = new HashSet<>();
        final Set<String> personIds = new HashSet<>();

        Index(Project project) {
            for (Domain d : project.domains()) {
                domainIdsByName.computeIfAbsent(domainKey(d.name()), k -> new HashSet<>(2)).add(d.id());
            }
            for (Mailbox m : project.mailboxes()) {
                mailboxIdsByAddress.computeIfAbsent(addressKey(m.address()), k -> new HashSet<>(2)).add(m.id());
                mailboxIds.add(m.id());
            }
            for (Person p : project.people()) {
                personIds.add(p.id());
            }
        }

        static String domainKey(String name) {
            return name.trim().toLowerCase(Locale.ROOT);
        }

        static String addressKey(String address) {
            return address.toLowerCase(Locale.ROOT);
        }

        /** Whether an element with an id other than {@code id} has the key {@code key}. */
        boolean sharedByAnotherId(Map<String, Set<String>> idsByKey, String key, String id) {
            Set<String> ids = idsByKey.get(key);
            return ids != null && (ids.size() > 1 || !ids.contains(id));
        }
    }

    /** A problem without its location, for the static syntax checks. */
    public record Finding(Severity severity, LocalizedText message) {
    }

    /** Full-width ASCII forms (＠, ａ, １ …) and the ideographic space: what a Japanese IME types. */
    static boolean isFullWidth(int cp) {
        return (cp >= 0xFF01 && cp <= 0xFF5E) || cp == 0x3000 || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }

    private static <T extends Identified> void duplicateIds(List<ValidationProblem> out, String entity, List<T> items) {
        Set<String> seen = new HashSet<>();
        Map<String, Integer> reported = new HashMap<>();
        for (T item : items) {
            if (item.id().isBlank()) {
                out.add(error(entity, item.id(), "id", "ID が空の項目があります。", "An item has an empty id."));
            } else if (!seen.add(item.id()) && reported.merge(item.id(), 1, Integer::sum) == 1) {
                out.add(error(entity, item.id(), "id", "ID「" + item.id() + "」が重複しています。",
                        "The id \"" + item.id() + "\" is used twice."));
            }
        }
    }

    private static ValidationProblem error(String entity, String id, String field, String ja, String en) {
        return new ValidationProblem(Severity.ERROR, entity, id, field, LocalizedText.of(ja, en));
    }
}
