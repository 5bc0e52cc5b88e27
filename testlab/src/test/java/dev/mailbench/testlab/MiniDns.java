package dev.mailbench.testlab;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Hand-built DNS queries over UDP and TCP for the self-test (no dnsjava needed). */
final class MiniDns {

    static final int A = 1, NS = 2, CNAME = 5, SOA = 6, MX = 15, TXT = 16;

    record Answer(int type, byte[] rdata, byte[] message, int rdataOffset) {
        /** TXT: the character-strings joined without spaces (RFC 7208 3.3). */
        String txt() {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < rdata.length) {
                int len = rdata[i] & 0xff;
                sb.append(new String(rdata, i + 1, len, StandardCharsets.ISO_8859_1));
                i += 1 + len;
            }
            return sb.toString();
        }

        /** Number of character-strings in a TXT record. */
        int txtStrings() {
            int n = 0;
            for (int i = 0; i < rdata.length; i += 1 + (rdata[i] & 0xff)) {
                n++;
            }
            return n;
        }

        /** MX/CNAME target name. */
        String target() {
            return readName(message, type == MX ? rdataOffset + 2 : rdataOffset);
        }
    }

    record Response(int rcode, boolean truncated, boolean authoritative, List<Answer> answers, int size) {
        List<String> txts() {
            return answers.stream().filter(a -> a.type() == TXT).map(Answer::txt).toList();
        }
    }

    static byte[] query(String name, int type, boolean edns) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeShort(0x4d42);
        d.writeShort(0); // no RD: the lab server is authoritative only
        d.writeShort(1);
        d.writeShort(0);
        d.writeShort(0);
        d.writeShort(edns ? 1 : 0);
        for (String label : name.split("\\.")) {
            byte[] l = label.getBytes(StandardCharsets.US_ASCII);
            d.writeByte(l.length);
            d.write(l);
        }
        d.writeByte(0);
        d.writeShort(type);
        d.writeShort(1);
        if (edns) {
            d.writeByte(0);
            d.writeShort(41);
            d.writeShort(1232);
            d.writeInt(0);
            d.writeShort(0);
        }
        return b.toByteArray();
    }

    static Response udp(InetSocketAddress server, String name, int type, boolean edns, int timeoutMs) throws IOException {
        byte[] q = query(name, type, edns);
        try (DatagramSocket s = new DatagramSocket()) {
            s.setSoTimeout(timeoutMs);
            s.send(new DatagramPacket(q, q.length, server));
            byte[] buf = new byte[65535];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            s.receive(p);
            byte[] msg = new byte[p.getLength()];
            System.arraycopy(buf, 0, msg, 0, msg.length);
            return parse(msg);
        }
    }

    static Response tcp(InetSocketAddress server, String name, int type) throws IOException {
        byte[] q = query(name, type, false);
        try (Socket s = new Socket()) {
            s.connect(server, 3000);
            s.setSoTimeout(5000);
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            out.writeShort(q.length);
            out.write(q);
            out.flush();
            DataInputStream in = new DataInputStream(s.getInputStream());
            byte[] msg = new byte[in.readUnsignedShort()];
            in.readFully(msg);
            return parse(msg);
        }
    }

    static Response parse(byte[] m) {
        int flags = u16(m, 2);
        int qd = u16(m, 4);
        int an = u16(m, 6);
        int pos = 12;
        for (int i = 0; i < qd; i++) {
            pos = skipName(m, pos) + 4;
        }
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < an; i++) {
            pos = skipName(m, pos);
            int type = u16(m, pos);
            int rdlen = u16(m, pos + 8);
            byte[] rdata = new byte[rdlen];
            System.arraycopy(m, pos + 10, rdata, 0, rdlen);
            answers.add(new Answer(type, rdata, m, pos + 10));
            pos += 10 + rdlen;
        }
        return new Response(flags & 0x0f, (flags & 0x0200) != 0, (flags & 0x0400) != 0, answers, m.length);
    }

    private static int u16(byte[] m, int i) {
        return ((m[i] & 0xff) << 8) | (m[i + 1] & 0xff);
    }

    private static int skipName(byte[] m, int pos) {
        while (true) {
            int len = m[pos] & 0xff;
            if (len == 0) {
                return pos + 1;
            }
            if ((len & 0xc0) == 0xc0) {
                return pos + 2;
            }
            pos += 1 + len;
        }
    }

    static String readName(byte[] m, int pos) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int len = m[pos] & 0xff;
            if (len == 0) {
                return sb.toString();
            }
            if ((len & 0xc0) == 0xc0) {
                pos = ((len & 0x3f) << 8) | (m[pos + 1] & 0xff);
                continue;
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(new String(m, pos + 1, len, StandardCharsets.US_ASCII));
            pos += 1 + len;
        }
    }

    private MiniDns() {
    }
}
