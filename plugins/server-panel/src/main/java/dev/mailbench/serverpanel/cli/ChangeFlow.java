package dev.mailbench.serverpanel.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * The one path of {@code panel plan|apply|undo}: the change set read and checked, shown with before and after,
 * confirmed, sent, and its undo file written. {@link DnsChangeFlow} for DNS changes, {@link ProposalFlow} for another
 * plugin's proposal (DNS and mail-account requests).
 */
interface ChangeFlow {
    /** Reads the project, the key and the change set (from the options, or {@code undoSource}) and checks it. */
    void prepare(ChangeOptions c, Path undoSource) throws PanelSession.Exit;

    /** Prints every request with before and after, and the reasons not to send (nothing in JSON mode). */
    void printPlan();

    /** Ends the command when the plan may not be sent: 3 when something could not be checked, else 2. */
    void refuseIfNeeded() throws PanelSession.Exit;

    /** True when the panel already holds what was asked for: nothing to confirm or send. */
    boolean nothingToSend();

    Map<String, Object> planJson();

    /** Asks for "yes" unless {@code yes}; ends the command with exit 1 when not confirmed. */
    void confirmed(boolean yes) throws PanelSession.Exit;

    /** Sends, writes the undo file (also after a partial run), prints the audit; the exit code. */
    int send(Path undoFile) throws PanelSession.Exit;

    boolean json();

    void wipe();

    /**
     * The flow for these options: a proposal ({@code --from}, or a change-set file holding a proposal's steps) or DNS
     * changes.
     */
    static ChangeFlow of(PanelCommand parent, ConnectOptions o, ChangeOptions c, Path undoSource,
                         java.io.PrintWriter out, java.io.PrintWriter err) throws PanelSession.Exit {
        return ProposalFlow.handles(c, undoSource) ? new ProposalFlow(parent, o, out, err) : new DnsChangeFlow(parent, o, out, err);
    }
}
