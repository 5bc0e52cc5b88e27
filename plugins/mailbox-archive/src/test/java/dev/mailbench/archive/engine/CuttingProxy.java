package dev.mailbench.archive.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP relay that drops its first export connection after {@code cutAfterBytes} bytes from the
 * server (a connection lost in the middle of a FETCH, as on a flaky office line), or slows every connection
 * down (a slow line, so a test can cancel an export while it runs).
 */
public final class CuttingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final long cutAfterBytes;
    private final long pauseMillisPerChunk;
    private final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger cuts = new AtomicInteger();

    CuttingProxy(int targetPort, long cutAfterBytes) throws IOException {
        this(targetPort, cutAfterBytes, 0);
    }

    /** A relay that never cuts but pauses after every 8 KB chunk from the server. */
    public static CuttingProxy slow(int targetPort, long pauseMillisPerChunk) throws IOException {
        return new CuttingProxy(targetPort, Long.MAX_VALUE, pauseMillisPerChunk);
    }

    private CuttingProxy(int targetPort, long cutAfterBytes, long pauseMillisPerChunk) throws IOException {
        this.pauseMillisPerChunk = pauseMillisPerChunk;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.cutAfterBytes = cutAfterBytes;
        Thread t = new Thread(this::accept, "cutting-proxy");
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
                boolean cut = connections.incrementAndGet() == 2; // the first is the planning connection
                pump(client.getInputStream(), server.getOutputStream(), Long.MAX_VALUE, 0, client, server);
                pump(server.getInputStream(), client.getOutputStream(), cut ? cutAfterBytes : Long.MAX_VALUE,
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
        }, "cutting-proxy-pump");
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
