package dev.mailbench.imap;

import java.io.PrintWriter;

/**
 * How a command line that logs in to mail servers ends: exit 2 with the message for bad input (including a
 * missing password), exit 3 with {@link ConnectionProblems#explain} when a server cannot be reached or refuses
 * the login, and the passwords wiped from memory whatever happened.
 */
public final class ServerCommandRun {
    public static final int BAD_INPUT = 2;
    public static final int CANNOT_CONNECT = 3;

    private ServerCommandRun() {
    }

    /** Builds the accounts (reading passwords); its exceptions mean bad input. */
    public interface Accounts {
        ImapAccount[] open() throws Exception;
    }

    /** The command's work; returns its exit code. An {@link IllegalArgumentException} means bad input. */
    public interface Work {
        int run(ImapAccount[] accounts) throws Exception;
    }

    public static int run(PrintWriter err, Accounts accounts, Work work) {
        ImapAccount[] opened;
        try {
            opened = accounts.open();
        } catch (Exception e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        try {
            return work.run(opened);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (Exception e) {
            err.println(ConnectionProblems.explain(e));
            return CANNOT_CONNECT;
        } finally {
            for (ImapAccount a : opened) {
                a.clearPassword();
            }
        }
    }
}
