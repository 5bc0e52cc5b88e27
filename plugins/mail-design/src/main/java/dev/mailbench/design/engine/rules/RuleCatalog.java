package dev.mailbench.design.engine.rules;

import dev.mailbench.design.engine.Rule;
import java.util.List;

/**
 * Every rule, in evaluation order. The protocol rules are tried top to bottom (first match decides); the
 * detail rules see what the earlier ones proposed; the checks look at the current setup.
 */
public final class RuleCatalog {
    private RuleCatalog() {
    }

    public static List<Rule> all() {
        return List.of(
                // protocol
                new FormForwardOnlyRule(),
                new SharedImapRule(),
                new PopSingleReaderWithBackupRule(),
                new ImapDefaultRule(),
                // details of the recommendation
                new PopLeaveCopyRule(),
                new QuotaSizingRule(),
                new ImapCapacityRule(),
                new KeeperDeviceRule(),
                new SharedForwardRule(),
                new ForwardTargetRule(),
                new RecruitAutoReplyRule(),
                // checks of the current setup
                new PopManyReadersRule(),
                new PopDeleteWithoutBackupRule(),
                new PopDeleteOnSeveralDevicesRule(),
                new PopStateNotSharedRule(),
                new MixedProtocolsRule(),
                new ImapWithoutCapacityPlanRule(),
                new ForwardOnlyButReadRule(),
                new SmtpOverseasRule(),
                new GmailPopFetchRule(),
                // checks of what the server panel's last import says
                new PanelFilterDeletesRule(),
                new PanelForwardWithoutKeepRule(),
                new ForwardToFreeMailRule());
    }
}
