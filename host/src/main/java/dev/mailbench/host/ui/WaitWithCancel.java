package dev.mailbench.host.ui;

import dev.mailbench.host.ui.i18n.Texts;
import java.awt.Component;
import java.awt.SecondaryLoop;
import java.awt.Toolkit;
import java.awt.Window;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * Runs work that the caller must wait for (opening a project) on a background thread, while the event thread keeps
 * painting and answering. When the work takes longer than a moment, a small dialog shows what is happening and
 * offers to cancel; a cancelled result is discarded, so whatever was open stays as it was.
 *
 * <p>The caller is blocked in a secondary event loop rather than the event thread itself, so callers on the event
 * thread keep their simple "call, then look at the result" shape.
 */
public final class WaitWithCancel {
    /** Below this, a dialog would only flash. */
    private static final int SHOW_AFTER_MS = 400;

    private WaitWithCancel() {
    }

    /** Thrown out of {@link #run} with the work's own failure as the cause. */
    public static final class WorkFailed extends Exception {
        WorkFailed(Throwable cause) {
            super(cause);
        }
    }

    /**
     * Returns the work's result, or empty when the consultant cancelled. Must be called on the event thread.
     *
     * @param message what is being waited for, in the UI language
     */
    public static <T> Optional<T> run(Component parent, String message, Callable<T> work) throws WorkFailed {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("call on the event thread");
        }
        SecondaryLoop loop = Toolkit.getDefaultToolkit().getSystemEventQueue().createSecondaryLoop();
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, WaitWithCancel::ownThread);
        JDialog[] dialog = new JDialog[1];
        Timer show = new Timer(SHOW_AFTER_MS, e -> {
            if (!future.isDone() && !cancelled.get()) {
                dialog[0] = dialog(parent, message, () -> {
                    cancelled.set(true);
                    dialog[0].dispose();
                    loop.exit();
                });
                // Modal: nothing else may be started or edited while the caller waits; returns when disposed.
                dialog[0].setVisible(true);
            }
        });
        show.setRepeats(false);
        show.start();
        future.whenComplete((result, error) -> SwingUtilities.invokeLater(() -> {
            if (dialog[0] != null) {
                dialog[0].dispose();
            }
            loop.exit();
        }));
        if (!future.isDone()) {
            loop.enter();
        }
        show.stop();
        if (dialog[0] != null) {
            dialog[0].dispose();
        }
        if (cancelled.get()) {
            future.cancel(false);
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(future.join());
        } catch (CompletionException e) {
            throw new WorkFailed(e.getCause() != null ? e.getCause() : e);
        }
    }

    /**
     * A thread of its own: the common pool has a single thread on a two-core laptop, and other work queued there
     * would hold the wait up for no reason.
     */
    private static void ownThread(Runnable work) {
        Thread t = new Thread(work, "mailbench-wait");
        t.setDaemon(true);
        t.start();
    }

    private static JDialog dialog(Component parent, String message, Runnable onCancel) {
        Window owner = parent == null ? null : SwingUtilities.getWindowAncestor(parent);
        if (parent instanceof Window w) {
            owner = w;
        }
        JDialog d = new JDialog(owner, Texts.get("app.title"), java.awt.Dialog.ModalityType.APPLICATION_MODAL);
        d.setName("waitWithCancel");
        d.setDefaultCloseOperation(JDialog.DO_NOTHING_ON_CLOSE);
        JProgressBar bar = new JProgressBar();
        bar.setIndeterminate(true);
        JButton cancel = new JButton(Texts.get("common.cancel"));
        cancel.setName("waitWithCancel.cancel");
        cancel.addActionListener(e -> onCancel.run());
        JLabel label = new JLabel(message);
        label.setName("waitWithCancel.message");
        d.getContentPane().setLayout(new MigLayout("insets dialog, wrap 1", "[grow, fill, 320:pref]"));
        d.add(label);
        d.add(bar);
        d.add(cancel, "right, growx 0");
        d.getRootPane().setDefaultButton(cancel);
        d.pack();
        d.setLocationRelativeTo(owner);
        return d;
    }
}
