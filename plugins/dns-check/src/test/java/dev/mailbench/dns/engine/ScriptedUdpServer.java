package dev.mailbench.dns.engine;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;

/**
 * A UDP-only DNS server on loopback whose every answer is decided by a script: given the query and how many
 * copies of it (same ID and question) arrived so far, the reply or null for silence. Keeps every query.
 */
final class ScriptedUdpServer implements AutoCloseable {
    interface Script {
        Message reply(Message query, int copy);
    }

    private final DatagramSocket socket;
    private final Script script;
    private final List<Message> received = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, AtomicInteger> copies = new ConcurrentHashMap<>();
    private final Thread thread;

    ScriptedUdpServer(Script script) throws IOException {
        this.script = script;
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.thread = new Thread(this::serve, "scripted-dns");
        thread.setDaemon(true);
        thread.start();
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    List<Message> received() {
        return received;
    }

    private void serve() {
        byte[] buffer = new byte[65535];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                received.add(query);
                String key = query.getHeader().getID() + " " + query.getQuestion();
                int copy = copies.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                Message reply = script.reply(query, copy);
                if (reply != null) {
                    byte[] wire = reply.toWire();
                    socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
                }
            } catch (IOException e) {
                // closed, or a datagram that is not DNS
            }
        }
    }

    /** A NOERROR answer with one A record 192.0.2.1 for the question. */
    static Message answer(Message query) {
        Message m = reply(query, Rcode.NOERROR);
        try {
            m.addRecord(new ARecord(query.getQuestion().getName(), org.xbill.DNS.DClass.IN, 300,
                    InetAddress.getByName("192.0.2.1")), Section.ANSWER);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    static Message reply(Message query, int rcode) {
        Message m = new Message(query.getHeader().getID());
        m.getHeader().setFlag(Flags.QR);
        m.getHeader().setFlag(Flags.AA);
        m.getHeader().setRcode(rcode);
        m.addRecord(query.getQuestion(), Section.QUESTION);
        return m;
    }

    @Override
    public void close() {
        socket.close();
    }
}
