package dev.mailbench.dns.engine;

import dev.mailbench.api.model.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/**
 * Loads a BIND-format zone file for offline checking. A planned zone may hold mistakes the DNS would
 * never carry, such as a TXT string over 255 bytes or a record over 65,535 bytes; we note them and go on
 * (the string split, the record left out) so the rest of the zone can still be checked. A file that cannot
 * be read at all is a {@link ZoneFileException} with the line and the cause in plain words.
 */
public final class ZoneFiles {
    /** Far above any hand-written zone; a bigger file is a mistake (or a generated one) we do not try to hold. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    /** Records per zone, {@code $GENERATE} included: one directive can otherwise ask for billions. */
    public static final int MAX_RECORDS = 50_000;
    /** RDLENGTH is a 16-bit field (RFC 1035 3.2.1). */
    public static final int MAX_RDATA_BYTES = 65_535;

    private ZoneFiles() {
    }

    /** A TXT string longer than 255 bytes, found at {@code line}. */
    public record LongString(String owner, int line, int bytes, String text) {
    }

    /** A record whose data is longer than DNS can carry; it is not in the loaded zone. */
    public record OversizedRecord(Name owner, int type, int bytes, String start) {
    }

    public record Loaded(Zone zone, Path file, List<LongString> longStrings, List<OversizedRecord> oversized) {
        public Loaded {
            longStrings = List.copyOf(longStrings);
            oversized = List.copyOf(oversized);
        }
    }

    /** A zone file that cannot be read: where (line 0 when unknown) and why, in Japanese and English. */
    public static final class ZoneFileException extends IOException {
        private final transient Path file;
        private final int line;
        private final transient LocalizedText cause;

        public ZoneFileException(Path file, int line, LocalizedText cause, Throwable underlying) {
            super(text(file, line, cause).ja() + " / " + text(file, line, cause).en(), underlying);
            this.file = file;
            this.line = line;
            this.cause = cause;
        }

        public Path file() {
            return file;
        }

        /** 1-based line, 0 when the problem has no line (a missing file, a zone without SOA). */
        public int line() {
            return line;
        }

        /** The cause alone, without file and line. */
        public LocalizedText reason() {
            return cause;
        }

        /** File, line and cause: "zone file x.zone line 11: unknown record type FOO". */
        public LocalizedText detail() {
            return text(file, line, cause);
        }

        private static LocalizedText text(Path file, int line, LocalizedText cause) {
            String name = file == null ? "" : String.valueOf(file.getFileName());
            return LocalizedText.of("ゾーンファイル " + name + (line > 0 ? " " + line + " 行目" : "") + ": " + cause.ja(),
                    "zone file " + name + (line > 0 ? " line " + line : "") + ": " + cause.en());
        }
    }

    /**
     * @param origin the zone's domain; when null it is taken from the file name ({@code <domain>.zone})
     */
    public static Loaded load(Path file, String origin) throws ZoneFileException {
        String domain = origin;
        if (domain == null || domain.isBlank()) {
            String fileName = String.valueOf(file.getFileName());
            domain = fileName.endsWith(".zone") ? fileName.substring(0, fileName.length() - 5) : fileName;
        }
        Name name;
        try {
            name = Name.fromString(DomainChecker.normalise(domain) + ".");
        } catch (TextParseException | IllegalArgumentException e) {
            throw new ZoneFileException(file, 0, LocalizedText.of("ドメイン名として読めません: " + domain,
                    "not a domain name: " + domain), e);
        }
        String text = ZoneText.decode(file, read(file));
        List<LongString> longStrings = new ArrayList<>();
        String fixed = ZoneText.splitLongStrings(text, domain, longStrings);
        List<OversizedRecord> oversized = new ArrayList<>();
        List<Record> records = parse(file, fixed, name, oversized);
        try {
            return new Loaded(new Zone(name, records.toArray(Record[]::new)), file, longStrings, oversized);
        } catch (IOException | RuntimeException e) {
            throw new ZoneFileException(file, 0, ZoneParseMessages.zone(e.getMessage(), name), e);
        }
    }

    private static byte[] read(Path file) throws ZoneFileException {
        try {
            if (Files.isDirectory(file)) {
                throw new ZoneFileException(file, 0, LocalizedText.of("ファイルではなくフォルダーです", "this is a folder, not a file"), null);
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ZoneFileException(file, 0, LocalizedText.of(
                        "ファイルが大きすぎます: " + grouped(size) + " バイト（上限 " + grouped(MAX_FILE_BYTES) + " バイト）",
                        "the file is too large: " + grouped(size) + " bytes (limit " + grouped(MAX_FILE_BYTES) + " bytes)"), null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ZoneFileException(file, 0, LocalizedText.of("ファイルが見つかりません", "file not found"), e);
        } catch (AccessDeniedException e) {
            throw new ZoneFileException(file, 0, LocalizedText.of("ファイルを読む権限がありません", "no permission to read the file"), e);
        } catch (ZoneFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ZoneFileException(file, 0, LocalizedText.of("ファイルを読めません: " + e.getMessage(),
                    "cannot read the file: " + e.getMessage()), e);
        }
    }

    /** Every record of the text; records over {@link #MAX_RDATA_BYTES} go to {@code oversized} instead. */
    private static List<Record> parse(Path file, String text, Name origin, List<OversizedRecord> oversized) throws ZoneFileException {
        List<Record> records = new ArrayList<>();
        int count = 0;
        try (Master master = master(text, origin)) {
            for (Record r = master.nextRecord(); r != null; r = master.nextRecord()) {
                if (++count > MAX_RECORDS) {
                    throw new ZoneFileException(file, 0, LocalizedText.of(
                            "レコードが多すぎます（上限 " + grouped(MAX_RECORDS) + " 件。$GENERATE の範囲も数えます）",
                            "too many records (limit " + grouped(MAX_RECORDS) + ", $GENERATE ranges included)"), null);
                }
                int bytes = r.rdataToWireCanonical().length;
                if (bytes > MAX_RDATA_BYTES) {
                    String start = r.getName() + " " + Type.string(r.getType()) + " " + Answer.rdata(r);
                    oversized.add(new OversizedRecord(r.getName(), r.getType(), bytes, start.length() > 120 ? start.substring(0, 120) + "…" : start));
                } else {
                    records.add(r);
                }
            }
            return records;
        } catch (TextParseException e) {
            ZoneParseMessages.Located located = ZoneParseMessages.locate(e.getMessage(), text, origin);
            throw new ZoneFileException(file, located.line(), located.cause(), e);
        } catch (ZoneFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ZoneFileException(file, 0, LocalizedText.of("書き方に誤りがあります: " + e.getMessage(),
                    "syntax error: " + e.getMessage()), e);
        }
    }

    /** A master-file reader that refuses {@code $INCLUDE}: it would read a path relative to wherever MailBench runs. */
    static Master master(String text, Name origin) {
        Master master = new Master(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), origin);
        master.disableIncludes(true);
        return master;
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
