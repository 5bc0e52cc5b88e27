package dev.mailbench.archive.engine;

import dev.mailbench.imap.FetchedMessage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** {@code messages.mbox}: From_ line, mboxrd-quoted message, blank line. */
final class MboxSink implements MessageSink {
    static final String FILE = "messages.mbox";
    private final FileChannel channel;
    private long position;

    MboxSink(Path dir) throws IOException {
        channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        position = channel.size();
    }

    /**
     * Cuts what follows the last recorded message (a torn append). The last one is the one that ends last: a
     * repair may have moved a message to the end. A file that is shorter (cut by damage) is left for repair.
     */
    @Override
    public void recover(List<ManifestEntry> recorded) throws IOException {
        long end = recorded.stream().mapToLong(ManifestEntry::end).max().orElse(0);
        if (channel.size() > end) {
            channel.truncate(end);
            channel.force(true);
        }
        position = end;
    }

    @Override
    public Stored write(FetchedMessage m) throws IOException {
        Stored s = writeAt(position, m);
        position = s.end();
        return s;
    }

    /**
     * At its recorded place when the server's copy quotes to the recorded length (From_ line, message and blank
     * line then fill the same bytes); otherwise appended, and the old place is left as it is.
     */
    @Override
    public Stored rewrite(ManifestEntry recorded, FetchedMessage m) throws IOException {
        long quotedLength = Mboxrd.quoted(m.raw(), m.offset(), m.length()).remaining();
        long from = Mboxrd.fromLine(m.internalDate()).length;
        if (quotedLength == recorded.stored() && recorded.offset() - from >= 0) {
            Stored s = writeAt(recorded.offset() - from, m);
            position = Math.max(position, s.end());
            return s;
        }
        return write(m);
    }

    private Stored writeAt(long at, FetchedMessage m) throws IOException {
        byte[] from = Mboxrd.fromLine(m.internalDate());
        ByteBuffer quoted = Mboxrd.quoted(m.raw(), m.offset(), m.length());
        int quotedLength = quoted.remaining();
        boolean endsWithNewline = quotedLength > 0 && quoted.get(quoted.limit() - 1) == '\n';
        byte[] separator = endsWithNewline ? new byte[] {'\n'} : new byte[] {'\n', '\n'};
        long start = at + from.length;
        ByteBuffer[] parts = {ByteBuffer.wrap(from), quoted, ByteBuffer.wrap(separator)};
        long total = from.length + quotedLength + separator.length;
        channel.position(at);
        long written = 0;
        while (written < total) {
            written += channel.write(parts);
        }
        return new Stored(FILE, start, (long) quotedLength, at + total);
    }

    @Override
    public void sync() throws IOException {
        channel.force(false);
    }

    @Override
    public byte[] read(ManifestEntry e) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(e.stored()));
        long at = e.offset();
        while (buf.hasRemaining()) {
            int n = channel.read(buf, at + buf.position());
            if (n < 0) {
                throw new IOException("mbox ends before message UID " + e.uid());
            }
        }
        return Mboxrd.unquote(buf.array(), 0, buf.capacity());
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
