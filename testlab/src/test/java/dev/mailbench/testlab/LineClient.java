package dev.mailbench.testlab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** Minimal CRLF line protocol client for the self-test (IMAP, POP3, SMTP), with host name verification. */
final class LineClient implements AutoCloseable {

    private Socket socket;
    private BufferedReader in;
    private OutputStream out;
    private int tag;

    private LineClient(Socket socket) throws IOException {
        attach(socket);
    }

    private void attach(Socket s) throws IOException {
        socket = s;
        in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        out = s.getOutputStream();
    }

    static LineClient plain(TestLab lab, String host, int port) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(host, port), 5000);
        s.setSoTimeout(15000);
        return new LineClient(s);
    }

    /** Implicit TLS; verifies the certificate chain against the lab CA AND that it names {@code host}. */
    static LineClient tls(TestLab lab, String host, int port) throws IOException {
        SSLSocket s = (SSLSocket) lab.sslSocketFactory().createSocket();
        try {
            s.connect(new InetSocketAddress(host, port), 5000);
            s.setSoTimeout(15000);
            verifyHost(s);
            s.startHandshake();
            return new LineClient(s);
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    private static void verifyHost(SSLSocket s) {
        SSLParameters p = s.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS"); // RFC 2818 name check, as mail clients do
        s.setSSLParameters(p);
    }

    /** Upgrades the connection after a successful STARTTLS/STLS. */
    void startTls(TestLab lab, String host) throws IOException {
        SSLSocket s = (SSLSocket) lab.sslSocketFactory().createSocket(socket, host, socket.getPort(), true);
        verifyHost(s);
        s.startHandshake();
        attach(s);
    }

    String readLine() throws IOException {
        return in.readLine();
    }

    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** IMAP: sends a tagged command, returns all lines up to and including the tagged completion. */
    List<String> imap(String command) throws IOException {
        String t = "a" + (++tag);
        send(t + " " + command);
        List<String> lines = new ArrayList<>();
        String l;
        while ((l = in.readLine()) != null) {
            lines.add(l);
            if (l.startsWith(t + " ")) {
                return lines;
            }
        }
        throw new IOException("connection closed during " + command + ": " + lines);
    }

    static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }

    /** SMTP: reads a (multi-line) reply, returns all lines; the code is the first three characters. */
    List<String> smtpReply() throws IOException {
        List<String> lines = new ArrayList<>();
        String l;
        while ((l = in.readLine()) != null) {
            lines.add(l);
            if (l.length() < 4 || l.charAt(3) != '-') {
                return lines;
            }
        }
        throw new IOException("connection closed, got " + lines);
    }

    List<String> smtp(String command) throws IOException {
        send(command);
        return smtpReply();
    }

    static int code(List<String> reply) {
        return Integer.parseInt(last(reply).substring(0, 3));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
