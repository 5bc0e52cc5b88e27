package dev.mailbench.dns.engine;

import java.util.List;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * One answered (or failed) question, with the state kept.
 *
 * @param records   records of the asked type at the end of any CNAME chain
 * @param cnames    CNAME records that were followed to get there, in order
 * @param wireBytes size of the DNS response message in bytes (0 when unknown, e.g. from a zone file)
 * @param tried     for a question no server answered: what was tried (servers, transports, tries); else null
 */
public record Answer(Name name, int type, LookupState state, List<Record> records, List<CNAMERecord> cnames,
                     int wireBytes, dev.mailbench.api.model.LocalizedText tried) {
    public Answer {
        records = List.copyOf(records);
        cnames = List.copyOf(cnames);
    }

    public Answer(Name name, int type, LookupState state, List<Record> records, List<CNAMERecord> cnames, int wireBytes) {
        this(name, type, state, records, cnames, wireBytes, null);
    }

    public static Answer failed(Name name, int type, LookupState state) {
        return new Answer(name, type, state, List.of(), List.of(), 0);
    }

    public static Answer failed(Name name, int type, LookupState state, dev.mailbench.api.model.LocalizedText tried) {
        return new Answer(name, type, state, List.of(), List.of(), 0, tried);
    }

    public boolean answered() {
        return state == LookupState.ANSWERED;
    }

    /** TXT data of each record, its strings joined without spaces as RFC 7208 3.3 says. */
    public List<String> txtJoined() {
        // a loop, not a stream: every check of every domain asks for this, most often before the JIT has run
        List<String> out = new java.util.ArrayList<>(records.size());
        for (Record r : records) {
            if (r instanceof TXTRecord txt) {
                List<String> strings = strings(txt);
                out.add(strings.size() == 1 ? strings.get(0) : String.join("", strings));
            }
        }
        return out;
    }

    /** The strings of each TXT record as published (for the 255-byte check). */
    public List<List<String>> txtStrings() {
        return records.stream().filter(TXTRecord.class::isInstance)
                .map(r -> List.copyOf(strings((TXTRecord) r))).toList();
    }

    /**
     * Exactly {@link TXTRecord#getStrings()}, which escapes byte by byte through a StringBuilder (and a
     * DecimalFormat for unprintable bytes): a tenth of a bulk check's CPU went there, mostly on DKIM keys.
     * A string of printable ASCII without {@code "} or {@code \} has nothing to escape, so its bytes are
     * its text; any other string still goes through dnsjava.
     */
    static List<String> strings(TXTRecord record) {
        List<byte[]> raw = record.getStringsAsByteArrays();
        List<String> out = new java.util.ArrayList<>(raw.size());
        for (byte[] b : raw) {
            if (!needsEscaping(b)) {
                out.add(new String(b, java.nio.charset.StandardCharsets.US_ASCII));
            } else {
                return record.getStrings();
            }
        }
        return out;
    }

    private static boolean needsEscaping(byte[] text) {
        for (byte b : text) {
            int c = b & 0xff;
            if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /** Zone-file style text of each record, for showing and for history. */
    public List<String> presentation() {
        return records.stream().map(r -> r.getName() + " " + r.getTTL() + " " + Type.string(r.getType()) + " "
                + rdata(r)).toList();
    }

    /**
     * Exactly {@link Record#rdataToString()}; a TXT record's strings take the fast path of
     * {@link #strings(TXTRecord)} (dnsjava quotes each escaped string and separates them with a space).
     */
    public static String rdata(Record r) {
        if (!(r instanceof TXTRecord txt)) {
            return r.rdataToString();
        }
        List<String> strings = strings(txt);
        if (strings.isEmpty()) {
            return "\"\"";
        }
        StringBuilder out = new StringBuilder();
        for (String s : strings) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append('"').append(s).append('"');
        }
        return out.toString();
    }

    /**
     * The size of a plain (no EDNS, no authority section) response carrying {@code records}: what RFC 7208
     * 3.4's 512-byte advice is about, computed the same way for live answers and zone files.
     */
    public static int wireSize(Name asked, List<Record> records) {
        org.xbill.DNS.Message m = unnumberedQuery(asked, records.isEmpty() ? Type.A : records.get(0).getType());
        m.getHeader().setFlag(org.xbill.DNS.Flags.QR);
        for (Record r : records) {
            m.addRecord(r, org.xbill.DNS.Section.ANSWER);
        }
        try {
            return m.toWire().length;
        } catch (IllegalArgumentException overSixteenBits) {
            // A record over 65,535 bytes has no wire form (zone files leave such records out): count it uncompressed.
            int size = 12 + asked.length() + 4;
            for (Record r : records) {
                size += r.getName().length() + 10 + r.rdataToWireCanonical().length;
            }
            return size;
        }
    }

    /**
     * What {@code Message.newQuery} builds, with message ID 0 instead of one drawn from dnsjava's
     * SecureRandom: that draw was 3% of a bulk check's CPU, for IDs that the shared UDP transport replaces
     * anyway and that a size computation never sends.
     */
    static org.xbill.DNS.Message unnumberedQuery(Name name, int type) {
        org.xbill.DNS.Message m = new org.xbill.DNS.Message(0);
        m.getHeader().setOpcode(org.xbill.DNS.Opcode.QUERY);
        m.getHeader().setFlag(org.xbill.DNS.Flags.RD);
        m.addRecord(Record.newRecord(name, type, org.xbill.DNS.DClass.IN), org.xbill.DNS.Section.QUESTION);
        return m;
    }

    public String describeState() {
        return name + " " + Type.string(type) + ": " + state;
    }
}
