package dev.mailbench.testlab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP relay in front of a lab port that plays a flaky office line: it cuts one chosen connection once
 * that many bytes went from the client to the server ({@code upstream}, e.g. in the middle of an APPEND) or back
 * ({@code downstream}, in the middle of a FETCH), or slows every connection down so a test can cancel a long run.
 * Other connections pass untouched.
 */
public final class CuttingRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final int connectionToCut;
    private final long cutUpstreamAfter;
    private final long cutDownstreamAfter;
    private final long pauseMillisPerChunk;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger cuts = new AtomicInteger();

    /** Cuts connection number {@code connection} (1 = the first) after {@code bytes} from client to server. */
    public static CuttingRelay cuttingUpstream(int targetPort, int connection, long bytes) throws IOException {
        return new CuttingRelay(targetPort, connection, bytes, Long.MAX_VALUE, 0);
    }

    /** Cuts connection number {@code connection} (1 = the first) after {@code bytes} from server to client. */
    public static CuttingRelay cuttingDownstream(int targetPort, int connection, long bytes) throws IOException {
        return new CuttingRelay(targetPort, connection, Long.MAX_VALUE, bytes, 0);
    }

    /** Never cuts, but pauses after every 8 KB from the server: a slow line. */
    public static CuttingRelay slow(int targetPort, long pauseMillisPerChunk) throws IOException {
        return new CuttingRelay(targetPort, 0, Long.MAX_VALUE, Long.MAX_VALUE, pauseMillisPerChunk);
    }

    private CuttingRelay(int targetPort, int connectionToCut, long cutUpstreamAfter, long cutDownstreamAfter,
                         long pauseMillisPerChunk) throws IOException {
        this.targetPort = targetPort;
        this.connectionToCut = connectionToCut;
        this.cutUpstreamAfter = cutUpstreamAfter;
        this.cutDownstreamAfter = cutDownstreamAfter;
        this.pauseMillisPerChunk = pauseMillisPerChunk;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "cutting-relay");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** How many connections were cut so far. */
    public int cuts() {
        return cuts.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                boolean cut = connections.incrementAndGet() == connectionToCut;
                pump(client.getInputStream(), server.getOutputStream(), cut ? cutUpstreamAfter : Long.MAX_VALUE, 0,
                        client, server);
                pump(server.getInputStream(), client.getOutputStream(), cut ? cutDownstreamAfter : Long.MAX_VALUE,
                        pauseMillisPerChunk, client, server);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(InputStream in, OutputStream out, long limit, long pause, Socket a, Socket b) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            long total = 0;
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                    total += n;
                    if (total > limit) {
                        cuts.incrementAndGet();
                        break;
                    }
                    if (pause > 0) {
                        Thread.sleep(pause);
                    }
                }
            } catch (IOException | InterruptedException ignored) {
                // the other side closed
            }
            closeQuietly(a);
            closeQuietly(b);
        }, "cutting-relay-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
