package dev.mailbench.migration.copy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP relay in front of the lab's IMAPS port that cuts its first connection once that many bytes went
 * from the client to the server ({@code upstream}, e.g. in the middle of an APPEND) or back ({@code downstream}, in
 * the middle of a FETCH): a flaky office line. Later connections pass untouched.
 */
public final class CuttingRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final long cutUpstreamAfter;
    private final long cutDownstreamAfter;
    private final long pauseMillisPerChunk;
    private final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger cuts = new AtomicInteger();

    CuttingRelay(int targetPort, long cutUpstreamAfter, long cutDownstreamAfter) throws IOException {
        this(targetPort, cutUpstreamAfter, cutDownstreamAfter, 0);
    }

    /** A relay that never cuts but pauses after every 8 KB from the server: a slow line, so a test can cancel. */
    public static CuttingRelay slow(int targetPort, long pauseMillisPerChunk) throws IOException {
        return new CuttingRelay(targetPort, Long.MAX_VALUE, Long.MAX_VALUE, pauseMillisPerChunk);
    }

    private CuttingRelay(int targetPort, long cutUpstreamAfter, long cutDownstreamAfter, long pauseMillisPerChunk)
            throws IOException {
        this.pauseMillisPerChunk = pauseMillisPerChunk;
        this.targetPort = targetPort;
        this.cutUpstreamAfter = cutUpstreamAfter;
        this.cutDownstreamAfter = cutDownstreamAfter;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "cutting-relay");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                boolean first = connections.incrementAndGet() == 1;
                pump(client.getInputStream(), server.getOutputStream(), first ? cutUpstreamAfter : Long.MAX_VALUE, 0, client, server);
                pump(server.getInputStream(), client.getOutputStream(), first ? cutDownstreamAfter : Long.MAX_VALUE,
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
            close(a);
            close(b);
        }, "cutting-relay-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void close(Socket s) {
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
