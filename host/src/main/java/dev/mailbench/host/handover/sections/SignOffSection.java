package dev.mailbench.host.handover.sections;

import static dev.mailbench.host.handover.HandoverText.*;

import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.TableBlock;
import dev.mailbench.api.model.Project;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** 署名欄: empty cells are where the customer and the consultant sign by hand. */
final class SignOffSection implements HandoverContributor {
    @Override
    public Optional<HandoverSection> build(HandoverContext context) {
        Locale l = context.locale();
        Project p = context.project();
        TableBlock signatures = new TableBlock(SIGNATURES.get(l),
                List.of(PARTY.get(l), COMPANY.get(l), SIGNATURE.get(l), DATE.get(l)),
                List.of(List.of(CUSTOMER.get(l), p.customer().name(), "", ""),
                        List.of(CONSULTANT.get(l), p.consultant().company(), "", "")));
        return Optional.of(new HandoverSection(HostSections.SIGN_OFF_ID, SIGN_OFF.get(l), HostSections.SIGN_OFF_ORDER,
                SIGN_OFF_INTRO.get(l), List.of(signatures)));
    }
}
