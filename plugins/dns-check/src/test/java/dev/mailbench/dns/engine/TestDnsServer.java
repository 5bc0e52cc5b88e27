package dev.mailbench.dns.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SetResponse;
import org.xbill.DNS.Zone;

/**
 * A small authoritative DNS server on loopback (UDP and TCP on the same port) serving the test zones, for
 * tests that must go over the network when the test lab's NSD is not running. Like NSD it answers REFUSED
 * outside its zones and truncates UDP answers larger than the client's EDNS size. Zone {@code servfail.test}
 * answers SERVFAIL and zone {@code timeout.test} never answers.
 */
public final class TestDnsServer implements AutoCloseable {
    private final List<Zone> zones = new ArrayList<>();
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "test-dns");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean running = true;

    public TestDnsServer(List<Zone> zones) throws IOException {
        this.zones.addAll(zones);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        ServerSocket server = null;
        DatagramSocket datagram = null;
        for (int attempt = 0; attempt < 20 && server == null; attempt++) {
            DatagramSocket d = new DatagramSocket(new InetSocketAddress(loopback, 0));
            try {
                server = new ServerSocket(d.getLocalPort(), 50, loopback);
                datagram = d;
            } catch (IOException taken) {
                d.close();
            }
        }
        if (server == null) {
            throw new IOException("no free port for UDP and TCP");
        }
        this.udp = datagram;
        this.tcp = server;
        workers.submit(this::serveUdp);
        workers.submit(this::serveTcp);
    }

    /** Loads every {@code *.zone} of the test resources folder {@code zones/}. */
    public static TestDnsServer withTestZones() throws IOException {
        return new TestDnsServer(TestZones.all());
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), udp.getLocalPort());
    }

    private void serveUdp() {
        byte[] buffer = new byte[65535];
        while (running) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                udp.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                Message response = answer(query);
                if (response == null) {
                    continue;
                }
                OPTRecord opt = query.getOPT();
                int limit = opt == null ? 512 : Math.max(512, opt.getPayloadSize());
                byte[] wire = response.toWire();
                if (wire.length > limit) {
                    Message truncated = new Message(query.getHeader().getID());
                    truncated.getHeader().setFlag(Flags.QR);
                    truncated.getHeader().setFlag(Flags.AA);
                    truncated.getHeader().setFlag(Flags.TC);
                    truncated.addRecord(query.getQuestion(), Section.QUESTION);
                    wire = truncated.toWire();
                }
                udp.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
            } catch (IOException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    private void serveTcp() {
        while (running) {
            try {
                Socket socket = tcp.accept();
                workers.submit(() -> serveConnection(socket));
            } catch (IOException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    private void serveConnection(Socket socket) {
        try (socket) {
            InputStream raw = socket.getInputStream();
            DataInputStream in = new DataInputStream(raw);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            while (true) {
                int length = in.readUnsignedShort();
                byte[] data = in.readNBytes(length);
                Message response = answer(new Message(data));
                if (response == null) {
                    return;
                }
                byte[] wire = response.toWire();
                out.writeShort(wire.length);
                out.write(wire);
                out.flush();
            }
        } catch (IOException closed) {
            // client done
        }
    }

    private Message answer(Message query) {
        Record question = query.getQuestion();
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.addRecord(question, Section.QUESTION);
        if (query.getOPT() != null) {
            response.addRecord(new OPTRecord(1232, 0, 0), Section.ADDITIONAL);
        }
        Zone zone = zoneFor(question.getName());
        if (zone == null) {
            response.getHeader().setRcode(Rcode.REFUSED);
            return response;
        }
        String origin = zone.getOrigin().toString(true);
        if (origin.equals("timeout.test")) {
            return null;
        }
        if (origin.equals("servfail.test")) {
            response.getHeader().setRcode(Rcode.SERVFAIL);
            return response;
        }
        response.getHeader().setFlag(Flags.AA);
        SetResponse sr = zone.findRecords(question.getName(), question.getType());
        if (sr.isSuccessful()) {
            for (RRset set : sr.answers()) {
                set.rrs(false).forEach(r -> response.addRecord(r, Section.ANSWER));
            }
        } else if (sr.isCNAME()) {
            response.addRecord(sr.getCNAME(), Section.ANSWER);
        } else if (sr.isNXDOMAIN()) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
            response.addRecord(zone.getSOA(), Section.AUTHORITY);
        } else {
            response.addRecord(zone.getSOA(), Section.AUTHORITY);
        }
        return response;
    }

    private Zone zoneFor(Name name) {
        Zone best = null;
        for (Zone z : zones) {
            if (name.subdomain(z.getOrigin()) && (best == null || z.getOrigin().labels() > best.getOrigin().labels())) {
                best = z;
            }
        }
        return best;
    }

    @Override
    public void close() {
        running = false;
        udp.close();
        try {
            tcp.close();
        } catch (IOException ignored) {
            // closing
        }
        workers.shutdownNow();
    }
}
