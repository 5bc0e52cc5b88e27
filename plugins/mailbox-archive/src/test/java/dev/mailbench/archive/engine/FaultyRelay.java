package dev.mailbench.archive.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A loopback TCP relay in front of a lab port that misbehaves on chosen connections in ways the lab's
 * {@code CuttingRelay} cannot: it stops forwarding without closing (a stalled server), cuts in the middle of the
 * TLS handshake, or cuts when the client sends its first command after the handshake (the login).
 */
public final class FaultyRelay implements AutoCloseable {

    /** Cut (close both sides) or stall (forward nothing more from the server, close nothing). */
    public enum Action { CUT, STALL }

    /**
     * What happens to one connection: {@code action} once {@code serverBytes} went from the server to the client,
     * or when the client starts its application-data record number {@code clientRecord} (TLS 1.3, the lab's: record
     * 1 is the client's Finished, 2 its first command, the login, 3 the first command after the login).
     * A cut at a client record drops that record; a stall lets it through and swallows the answer.
     */
    public record Fault(Action action, long serverBytes, int clientRecord) {
        public static Fault cutAfterServerBytes(long bytes) {
            return new Fault(Action.CUT, bytes, Integer.MAX_VALUE);
        }

        public static Fault stallAfterServerBytes(long bytes) {
            return new Fault(Action.STALL, bytes, Integer.MAX_VALUE);
        }

        /** The client's login command never reaches the server. */
        public static Fault cutAtLogin() {
            return new Fault(Action.CUT, Long.MAX_VALUE, 2);
        }

        /** The server goes silent right after the login, when the client sends its next command. */
        public static Fault stallAfterLogin() {
            return new Fault(Action.STALL, Long.MAX_VALUE, 3);
        }
    }

    public static final Fault NONE = new Fault(Action.CUT, Long.MAX_VALUE, Integer.MAX_VALUE);

    private final ServerSocket listener;
    private final int targetPort;
    private final IntFunction<Fault> faultFor;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger triggered = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    /** @param faultFor the fault of connection n (1 = the first) */
    public FaultyRelay(int targetPort, IntFunction<Fault> faultFor) throws IOException {
        this.targetPort = targetPort;
        this.faultFor = faultFor;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "faulty-relay");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    /** How many connections met their fault so far. */
    public int triggered() {
        return triggered.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                Connection c = new Connection(client, server, faultFor.apply(connections.incrementAndGet()));
                start(c::upstream);
                start(c::downstream);
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** One relayed connection and its fault. */
    private final class Connection {
        private final Socket client;
        private final Socket server;
        private final Fault fault;
        private volatile boolean stalled;

        Connection(Socket client, Socket server, Fault fault) {
            this.client = client;
            this.server = server;
            this.fault = fault;
        }

        void upstream() {
            try (InputStream in = client.getInputStream()) {
                OutputStream out = server.getOutputStream();
                TlsRecords records = new TlsRecords();
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) > 0; ) {
                    int at = stalled ? -1 : records.offsetOfApplicationRecord(buf, n, fault.clientRecord());
                    if (at >= 0) {
                        triggered.incrementAndGet();
                        if (fault.action() == Action.CUT) {
                            out.write(buf, 0, at);
                            out.flush();
                            break;
                        }
                        stalled = true; // before the server can answer the record that follows
                    }
                    out.write(buf, 0, n);
                }
            } catch (IOException closed) {
                // either side went away
            }
            // also after a stall: once the client gives up, the server's side goes too (Dovecot counts connections)
            closeBoth(client, server);
        }

        void downstream() {
            long forwarded = 0;
            try (InputStream in = server.getInputStream()) {
                OutputStream out = client.getOutputStream();
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) > 0; ) {
                    if (stalled) {
                        continue; // the server goes silent: whatever it still sends is swallowed, nothing is closed
                    }
                    int pass = (int) Math.min(n, fault.serverBytes() - forwarded);
                    out.write(buf, 0, pass);
                    out.flush();
                    forwarded += pass;
                    if (forwarded >= fault.serverBytes()) {
                        triggered.incrementAndGet();
                        if (fault.action() == Action.CUT) {
                            break;
                        }
                        stalled = true;
                    }
                }
            } catch (IOException closed) {
                // either side went away
            }
            if (!stalled) {
                closeBoth(client, server);
            }
        }
    }

    private static void start(Runnable r) {
        Thread t = new Thread(r, "faulty-relay-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeBoth(Socket a, Socket b) {
        for (Socket s : new Socket[] {a, b}) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    /** Follows TLS record boundaries in one direction of a connection (5-byte header: type, version, length). */
    private static final class TlsRecords {
        private static final int APPLICATION_DATA = 23;
        private final byte[] header = new byte[5];
        private int headerFill;
        private long bodyLeft;
        private int applicationRecords;

        /**
         * Feeds {@code n} bytes; returns the offset in {@code buf} where application-data record number
         * {@code wanted} (1 = the first) starts, or -1 when it does not start in these bytes.
         */
        int offsetOfApplicationRecord(byte[] buf, int n, int wanted) {
            for (int i = 0; i < n; ) {
                if (bodyLeft > 0) {
                    int skip = (int) Math.min(bodyLeft, n - i);
                    bodyLeft -= skip;
                    i += skip;
                    continue;
                }
                if (headerFill == 0 && (buf[i] & 0xff) == APPLICATION_DATA && ++applicationRecords == wanted) {
                    return i;
                }
                header[headerFill++] = buf[i++];
                if (headerFill == 5) {
                    bodyLeft = ((header[3] & 0xff) << 8) | (header[4] & 0xff);
                    headerFill = 0;
                }
            }
            return -1;
        }
    }
}
