package dev.mailbench.setup.engine.live;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** A line-based mail protocol connection that can be upgraded to TLS in place (STARTTLS). */
final class LineConnection implements AutoCloseable {
    private Socket socket;
    private PushbackInputStream in;
    private OutputStream out;

    LineConnection(Socket socket) throws IOException {
        use(socket);
    }

    private void use(Socket s) throws IOException {
        this.socket = s;
        this.in = new PushbackInputStream(s.getInputStream(), 1);
        this.out = s.getOutputStream();
    }

    Socket socket() {
        return socket;
    }

    /** Reads one line (CRLF or LF stripped); EOFException when the server closed the connection. */
    String readLine() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = buf.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.UTF_8);
            }
            if (buf.size() > 64 * 1024) {
                throw new IOException("line too long");
            }
            buf.write(b);
        }
        throw new EOFException("connection closed by the server");
    }

    /**
     * Waits up to {@code millis} for the server's first byte without consuming it.
     *
     * @return true when the server stayed silent for the whole wait (neither a byte nor a close arrived)
     */
    boolean silentFor(int millis) throws IOException {
        int before = socket.getSoTimeout();
        socket.setSoTimeout(millis);
        try {
            int b = in.read();
            if (b != -1) {
                in.unread(b);
            }
            return false;
        } catch (java.net.SocketTimeoutException e) {
            return true;
        } finally {
            socket.setSoTimeout(before);
        }
    }

    void writeLine(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Writes secret bytes followed by CRLF; the caller wipes the array. */
    void writeSecretLine(byte[] prefix, byte[] secret) throws IOException {
        out.write(prefix);
        out.write(secret);
        out.write('\r');
        out.write('\n');
        out.flush();
    }

    void writeRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** STARTTLS: wraps the plain socket, checks the certificate and the host name. */
    void upgrade(SSLContext context, String host, int port) throws IOException {
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, host, port, true);
        identify(tls);
        tls.startHandshake();
        use(tls);
    }

    static void identify(SSLSocket tls) {
        SSLParameters p = tls.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(p);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing after a failure
        }
    }
}
