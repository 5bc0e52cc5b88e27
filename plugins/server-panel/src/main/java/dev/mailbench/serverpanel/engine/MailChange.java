package dev.mailbench.serverpanel.engine;

import java.util.List;

/**
 * One mail-account request of a change plan with what it was before and is after: a new account (its quota), an
 * account removed (only as the undo of one this tool created), or the forwarding replaced. Never a password.
 *
 * @param quotaMb      the quota of the account created or removed; null for forwarding
 * @param forwardTo    before/after forwarding lists (for {@link Op#FORWARDING})
 */
public record MailChange(Op op, String address, Integer quotaMb, List<String> forwardBefore, Boolean keepBefore,
                         List<String> forwardAfter, Boolean keepAfter) {
    public enum Op { CREATE, DELETE, FORWARDING }

    public MailChange {
        forwardBefore = forwardBefore == null ? List.of() : List.copyOf(forwardBefore);
        forwardAfter = forwardAfter == null ? List.of() : List.copyOf(forwardAfter);
    }

    public static MailChange create(String address, Integer quotaMb) {
        return new MailChange(Op.CREATE, address, quotaMb, null, null, null, null);
    }

    public static MailChange forwarding(String address, List<String> before, boolean keepBefore, List<String> after,
                                        boolean keepAfter) {
        return new MailChange(Op.FORWARDING, address, null, before, keepBefore, after, keepAfter);
    }

    /** The request that puts back what this one changed. */
    public MailChange inverse() {
        return switch (op) {
            case CREATE -> new MailChange(Op.DELETE, address, quotaMb, null, null, null, null);
            case DELETE -> create(address, quotaMb);
            case FORWARDING -> forwarding(address, forwardAfter, Boolean.TRUE.equals(keepAfter), forwardBefore,
                    Boolean.TRUE.equals(keepBefore));
        };
    }

    public String before() {
        return switch (op) {
            case CREATE -> "";
            case DELETE -> address + (quotaMb == null ? "" : " " + quotaMb + " MB");
            case FORWARDING -> address + " " + forwards(forwardBefore, keepBefore);
        };
    }

    public String after() {
        return switch (op) {
            case CREATE -> address + (quotaMb == null ? "" : " " + quotaMb + " MB");
            case DELETE -> "";
            case FORWARDING -> address + " " + forwards(forwardAfter, keepAfter);
        };
    }

    private static String forwards(List<String> to, Boolean keep) {
        return to.isEmpty() ? "転送なし / no forwarding"
                : "転送 / forward to " + String.join(", ", to) + (Boolean.TRUE.equals(keep) ? " (メールボックスにも残す / keep a copy)"
                : " (残さない / no copy kept)");
    }

    public String describe() {
        String what = switch (op) {
            case CREATE -> "CREATE MAILBOX";
            case DELETE -> "DELETE MAILBOX";
            case FORWARDING -> "SET FORWARDING";
        };
        return what + " " + (op == Op.CREATE ? after() : op == Op.DELETE ? before() : before() + " → " + forwards(forwardAfter, keepAfter));
    }
}
