package dev.mailbench.design.engine;

import dev.mailbench.api.model.MailProtocol;
import java.util.List;

/**
 * The part of a recommendation one rule proposes; {@code null} fields are left to other rules. Merged in
 * rule order, later rules refining what earlier ones proposed.
 */
public record Suggestion(MailProtocol protocol, Integer quotaMb, Integer leaveCopyDays, ArchiveCadence archiveCadence,
                         String keeperDeviceId, List<String> forwardTo, Boolean autoReply) {
    public static final Suggestion NONE = new Suggestion(null, null, null, null, null, null, null);

    public Suggestion {
        forwardTo = forwardTo == null ? null : List.copyOf(forwardTo);
    }

    public static Suggestion protocol(MailProtocol value) {
        return NONE.withProtocol(value);
    }

    public Suggestion mergedWith(Suggestion later) {
        return new Suggestion(
                later.protocol != null ? later.protocol : protocol,
                later.quotaMb != null ? later.quotaMb : quotaMb,
                later.leaveCopyDays != null ? later.leaveCopyDays : leaveCopyDays,
                later.archiveCadence != null ? later.archiveCadence : archiveCadence,
                later.keeperDeviceId != null ? later.keeperDeviceId : keeperDeviceId,
                later.forwardTo != null ? later.forwardTo : forwardTo,
                later.autoReply != null ? later.autoReply : autoReply);
    }

    public Suggestion withProtocol(MailProtocol value) {
        return new Suggestion(value, quotaMb, leaveCopyDays, archiveCadence, keeperDeviceId, forwardTo, autoReply);
    }

    public Suggestion withQuotaMb(Integer value) {
        return new Suggestion(protocol, value, leaveCopyDays, archiveCadence, keeperDeviceId, forwardTo, autoReply);
    }

    public Suggestion withLeaveCopyDays(Integer value) {
        return new Suggestion(protocol, quotaMb, value, archiveCadence, keeperDeviceId, forwardTo, autoReply);
    }

    public Suggestion withArchiveCadence(ArchiveCadence value) {
        return new Suggestion(protocol, quotaMb, leaveCopyDays, value, keeperDeviceId, forwardTo, autoReply);
    }

    public Suggestion withKeeperDeviceId(String value) {
        return new Suggestion(protocol, quotaMb, leaveCopyDays, archiveCadence, value, forwardTo, autoReply);
    }

    public Suggestion withForwardTo(List<String> value) {
        return new Suggestion(protocol, quotaMb, leaveCopyDays, archiveCadence, keeperDeviceId, value, autoReply);
    }

    public Suggestion withAutoReply(Boolean value) {
        return new Suggestion(protocol, quotaMb, leaveCopyDays, archiveCadence, keeperDeviceId, forwardTo, value);
    }
}
