package dev.mailbench.hello.handover;

import dev.mailbench.api.handover.HandoverContext;
import dev.mailbench.api.handover.HandoverContributor;
import dev.mailbench.api.handover.HandoverSection;
import dev.mailbench.api.handover.TextBlock;
import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.hello.HelloNote;
import dev.mailbench.hello.HelloPlugin;
import dev.mailbench.hello.engine.Greeting;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sample's section of the handover documents: the greeting and the consultant's note, in the document's
 * language ({@link HandoverContext#locale()}, which may differ from the UI's). No section without a note.
 */
public final class HelloHandoverSection implements HandoverContributor {
    public static final String SECTION_ID = HelloPlugin.ID;
    /** Between the plugins' sections (300-650) and the host's "when mail stops" (800). */
    static final int ORDER = 700;

    private static final LocalizedText TITLE = LocalizedText.of("担当者からのひとこと", "A note from your consultant");

    @Override
    public Optional<HandoverSection> build(HandoverContext context) {
        Locale locale = context.locale();
        return HelloNote.in(context.project()).map(note -> new HandoverSection(SECTION_ID, TITLE.get(locale), ORDER,
                Greeting.forCustomer(context.project().customer().name()).get(locale),
                List.of(new TextBlock("", List.of(note.text()), false))));
    }
}
