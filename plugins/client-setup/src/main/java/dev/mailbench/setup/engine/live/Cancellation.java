package dev.mailbench.setup.engine.live;

import java.io.IOException;
import java.net.Socket;

/**
 * Stopping a run from another thread: the flag every step checks, and the connection in use, closed at
 * once so a step blocked on the network ends now instead of at its timeout.
 */
final class Cancellation {
    private volatile boolean cancelled;
    private volatile Socket current;

    void cancel() {
        cancelled = true;
        Socket s = current;
        if (s != null) {
            closeQuietly(s);
        }
    }

    boolean isCancelled() {
        return cancelled;
    }

    /** {@code socket} is the connection to close on cancel from now on. */
    void watch(Socket socket) {
        current = socket;
    }

    /** No connection is open any more. */
    void release() {
        current = null;
    }

    static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closing
        }
    }
}
