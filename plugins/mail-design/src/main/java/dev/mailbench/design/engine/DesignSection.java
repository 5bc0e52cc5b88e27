package dev.mailbench.design.engine;

import dev.mailbench.api.services.MailDesignDecision;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plugin's own part of the project file ({@code plugins.mail-design}): questionnaire answers and
 * accepted decisions, both keyed by mailbox id.
 */
public record DesignSection(Map<String, QuestionnaireAnswers> answers, Map<String, MailDesignDecision> decisions) {
    public static final DesignSection EMPTY = new DesignSection(Map.of(), Map.of());

    public DesignSection {
        answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        decisions = decisions == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
    }

    public QuestionnaireAnswers answersFor(String mailboxId) {
        return answers.getOrDefault(mailboxId, QuestionnaireAnswers.NONE);
    }

    public DesignSection withAnswers(String mailboxId, QuestionnaireAnswers value) {
        Map<String, QuestionnaireAnswers> copy = new LinkedHashMap<>(answers);
        copy.put(mailboxId, value);
        return new DesignSection(copy, decisions);
    }

    public DesignSection withDecision(MailDesignDecision value) {
        Map<String, MailDesignDecision> copy = new LinkedHashMap<>(decisions);
        copy.put(value.mailboxId(), value);
        return new DesignSection(answers, copy);
    }

    public DesignSection withoutDecision(String mailboxId) {
        Map<String, MailDesignDecision> copy = new LinkedHashMap<>(decisions);
        copy.remove(mailboxId);
        return new DesignSection(answers, copy);
    }
}
