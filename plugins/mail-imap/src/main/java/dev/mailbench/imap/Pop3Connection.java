package dev.mailbench.imap;

import jakarta.mail.AuthenticationFailedException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One logged-in POP3 session over TLS (POP3S, or STLS on the plain port) that only reads: it sends STAT, LIST,
 * UIDL and RETR, never DELE, and ends with RSET before QUIT so a server that marks retrieved messages as
 * read (Dovecot does, on QUIT) leaves every flag as it was.
 *
 * <p>RETR returns the message dot-unstuffed, with the server's CRLF line ends: the exact bytes the server
 * stores, as {@code LIST} counts them. Several RETR commands are pipelined when the server advertises
 * PIPELINING, which is what makes bulk export fast over a long round trip.
 */
public final class Pop3Connection implements AutoCloseable {
    /** One message of the maildrop as LIST and UIDL describe it. */
    public record Pop3Message(int number, String uidl, long size) {
    }

    private static final int CONNECT_TIMEOUT_MS = 20_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private boolean pipelining;

    private Pop3Connection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        this.out = socket.getOutputStream();
    }

    /** Logs in over TLS as {@code account.tls()} says: POP3S, or STLS on a plain port before the password is sent. */
    public static Pop3Connection open(ImapAccount account) throws IOException, AuthenticationFailedException {
        return open(account, ImapConnection.DEFAULT_STALL_TIMEOUT);
    }

    /** As {@link #open(ImapAccount)}; a read fails once the server has been silent for {@code stallTimeout}. */
    public static Pop3Connection open(ImapAccount account, java.time.Duration stallTimeout)
            throws IOException, AuthenticationFailedException {
        if (stallTimeout.isNegative() || stallTimeout.isZero()) {
            throw new IllegalArgumentException("stall timeout must be positive: " + stallTimeout);
        }
        boolean startTls = account.tls() == TlsMode.STARTTLS;
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(account.host(), account.port()),
                (int) Math.min(CONNECT_TIMEOUT_MS, stallTimeout.toMillis()));
        // the longest silence of one read: a slow RETR that keeps sending is never cut
        plain.setSoTimeout((int) Math.min(Integer.MAX_VALUE, stallTimeout.toMillis()));
        SSLSocket tls = null;
        try {
            if (startTls) {
                LineReader greeting = new LineReader(plain.getInputStream());
                expectOk(greeting.line(), "greeting");
                plain.getOutputStream().write("STLS\r\n".getBytes(StandardCharsets.US_ASCII));
                plain.getOutputStream().flush();
                expectOk(greeting.line(), "STLS");
            }
            tls = (SSLSocket) account.sslContext().getSocketFactory().createSocket(plain, account.host(),
                    account.port(), true);
            SSLParameters params = tls.getSSLParameters();
            // the certificate must name the host we asked for, as for IMAPS
            params.setEndpointIdentificationAlgorithm("HTTPS");
            tls.setSSLParameters(params);
            tls.startHandshake();
            Pop3Connection c = new Pop3Connection(tls);
            if (!startTls) {
                expectOk(c.readLine(), "greeting");
            }
            c.pipelining = c.capabilities().contains("PIPELINING");
            c.login(account);
            return c;
        } catch (IOException | AuthenticationFailedException | RuntimeException e) {
            (tls != null ? tls : plain).close();
            throw e;
        }
    }

    private List<String> capabilities() throws IOException {
        send("CAPA");
        String first = readLine();
        List<String> caps = new ArrayList<>();
        if (!first.startsWith("+OK")) {
            return caps;
        }
        for (String l = readLine(); !l.equals("."); l = readLine()) {
            caps.add(l.trim().toUpperCase(java.util.Locale.ROOT));
        }
        return caps;
    }

    private void login(ImapAccount account) throws IOException, AuthenticationFailedException {
        send("USER " + account.user());
        String user = readLine();
        if (!user.startsWith("+OK")) {
            throw new AuthenticationFailedException(user);
        }
        byte[] pass = ("PASS " + new String(account.password()) + "\r\n").getBytes(StandardCharsets.UTF_8);
        out.write(pass);
        out.flush();
        java.util.Arrays.fill(pass, (byte) 0);
        String reply = readLine();
        if (!reply.startsWith("+OK")) {
            throw new AuthenticationFailedException(reply);
        }
    }

    /** {messages, bytes} of the maildrop. */
    public long[] stat() throws IOException {
        send("STAT");
        String[] p = expectOk(readLine(), "STAT").split(" ");
        return new long[] {Long.parseLong(p[1]), Long.parseLong(p[2])};
    }

    /** Every message with its number, UIDL and size (LIST and UIDL joined), in maildrop order. */
    public List<Pop3Message> list() throws IOException {
        Map<Integer, Long> sizes = new HashMap<>();
        send("LIST");
        expectOk(readLine(), "LIST");
        for (String l = readLine(); !l.equals("."); l = readLine()) {
            String[] p = l.trim().split(" +");
            sizes.put(Integer.parseInt(p[0]), Long.parseLong(p[1]));
        }
        List<Pop3Message> out = new ArrayList<>(sizes.size());
        send("UIDL");
        expectOk(readLine(), "UIDL (the server must support it)");
        for (String l = readLine(); !l.equals("."); l = readLine()) {
            String[] p = l.trim().split(" +", 2);
            int n = Integer.parseInt(p[0]);
            out.add(new Pop3Message(n, p[1], sizes.getOrDefault(n, -1L)));
        }
        out.sort(java.util.Comparator.comparingInt(Pop3Message::number));
        return out;
    }

    /**
     * The exact bytes of the given messages, in the order asked. A message the server refuses (deleted by
     * another session) is {@code null} in the result; a broken connection throws.
     */
    public List<byte[]> retrieve(List<Integer> numbers) throws IOException {
        List<byte[]> result = new ArrayList<>(numbers.size());
        int window = pipelining ? 32 : 1;
        for (int i = 0; i < numbers.size(); i += window) {
            List<Integer> chunk = numbers.subList(i, Math.min(numbers.size(), i + window));
            StringBuilder commands = new StringBuilder();
            chunk.forEach(n -> commands.append("RETR ").append(n).append("\r\n"));
            out.write(commands.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int ignored : chunk) {
                String status = readLine();
                result.add(status.startsWith("+OK") ? readMultiline() : null);
            }
        }
        return result;
    }

    /** Reads a dot-terminated answer and undoes the dot-stuffing; line ends stay exactly as sent. */
    private byte[] readMultiline() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        boolean lineStart = true;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("POP3 connection closed in the middle of a message");
            }
            if (lineStart && b == '.') {
                in.mark(2);
                int c1 = in.read();
                int c2 = in.read();
                if (c1 == '\r' && c2 == '\n') {
                    return body.toByteArray();
                }
                in.reset();
                lineStart = false;
                continue;   // the stuffed dot
            }
            body.write(b);
            lineStart = b == '\n';
        }
    }

    private void send(String command) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("POP3 connection closed");
            }
            line.write(b);
        }
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static String expectOk(String reply, String what) throws IOException {
        if (!reply.startsWith("+OK")) {
            throw new IOException("POP3 " + what + ": " + reply);
        }
        return reply;
    }

    /** Reads greeting and STLS replies from the plain socket before TLS wraps it. */
    private static final class LineReader {
        private final InputStream in;

        LineReader(InputStream in) {
            this.in = in;
        }

        String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("POP3 connection closed");
                }
                if (b != '\r') {
                    sb.append((char) b);
                }
            }
            return sb.toString();
        }
    }

    /** RSET (forget anything the session would change) then QUIT; a dead connection is simply closed. */
    @Override
    public void close() {
        try {
            send("RSET");
            readLine();
            send("QUIT");
            readLine();
        } catch (IOException ignored) {
            // nothing was marked for deletion, so there is nothing to lose by just closing
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
