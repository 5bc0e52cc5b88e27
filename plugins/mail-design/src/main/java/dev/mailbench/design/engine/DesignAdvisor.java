package dev.mailbench.design.engine;

import dev.mailbench.api.model.MailProtocol;
import dev.mailbench.design.engine.rules.RuleCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the rules over one mailbox and assembles the recommendation. Stateless and thread-safe. */
public final class DesignAdvisor {
    private final List<Rule> rules;

    public DesignAdvisor() {
        this(RuleCatalog.all());
    }

    public DesignAdvisor(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Recommendation advise(DesignContext start) {
        DesignContext ctx = start.withProposal(Suggestion.NONE);
        List<RuleFinding> findings = new ArrayList<>();
        for (Rule rule : phase(Rule.Phase.PROTOCOL)) {
            Optional<RuleFinding> f = rule.evaluate(ctx);
            if (f.isPresent() && f.get().suggestion().protocol() != null) {
                findings.add(f.get());
                ctx = ctx.withProposal(f.get().suggestion());
                break;
            }
        }
        for (Rule.Phase phase : List.of(Rule.Phase.DETAIL, Rule.Phase.CHECK)) {
            for (Rule rule : phase(phase)) {
                Optional<RuleFinding> f = rule.evaluate(ctx);
                if (f.isPresent()) {
                    findings.add(f.get());
                    ctx = ctx.withProposal(ctx.proposal().mergedWith(f.get().suggestion()));
                }
            }
        }
        Suggestion plan = ctx.proposal();
        var mailbox = ctx.mailbox();
        MailProtocol protocol = ctx.proposedProtocol();
        Integer quota = plan.quotaMb() != null ? plan.quotaMb() : mailbox.quotaMb();
        return new Recommendation(mailbox.id(), mailbox.protocol(), protocol, quota, plan.leaveCopyDays(),
                plan.archiveCadence(), plan.keeperDeviceId(),
                plan.forwardTo() != null ? plan.forwardTo() : mailbox.forwardTo(),
                plan.autoReply() != null ? plan.autoReply() : mailbox.autoReply().enabled(),
                findings.stream().filter(f -> !f.kind().isRisk()).toList(),
                findings.stream().filter(f -> f.kind().isRisk()).toList(),
                ctx.forecast(quota));
    }

    private List<Rule> phase(Rule.Phase phase) {
        return rules.stream().filter(r -> r.phase() == phase).toList();
    }
}
