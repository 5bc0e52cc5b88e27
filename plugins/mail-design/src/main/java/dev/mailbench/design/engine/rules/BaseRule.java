package dev.mailbench.design.engine.rules;

import dev.mailbench.api.model.LocalizedText;
import dev.mailbench.design.engine.DesignContext;
import dev.mailbench.design.engine.DeviceAnswer;
import dev.mailbench.design.engine.RuleFinding;
import dev.mailbench.design.engine.FindingKind;
import dev.mailbench.design.engine.Rule;
import dev.mailbench.design.engine.RiskLevel;
import dev.mailbench.design.engine.Suggestion;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Id, phase and situation text, and small helpers so each rule class reads as its rule. */
abstract class BaseRule implements Rule {
    private final String id;
    private final Phase phase;
    private final LocalizedText situation;

    BaseRule(String id, Phase phase, String situationJa, String situationEn) {
        this.id = id;
        this.phase = phase;
        this.situation = LocalizedText.of(situationJa, situationEn);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Phase phase() {
        return phase;
    }

    @Override
    public final LocalizedText situation() {
        return situation;
    }

    @Override
    public String toString() {
        return id;
    }

    final RuleFinding finding(FindingKind kind, RiskLevel severity, LocalizedText reason, LocalizedText prevented,
                          Suggestion suggestion) {
        return new RuleFinding(id, kind, severity, reason, prevented, suggestion);
    }

    static LocalizedText text(String ja, String en) {
        return LocalizedText.of(ja, en);
    }

    static String joinJa(Collection<String> names) {
        return String.join("、", names);
    }

    static String joinEn(Collection<String> names) {
        return String.join(", ", names);
    }

    static List<String> deviceNames(List<DeviceAnswer> devices) {
        return devices.stream().map(d -> d.deviceName().isBlank() ? d.deviceId() : d.deviceName()).toList();
    }

    static List<String> readerNames(DesignContext ctx) {
        return ctx.questionnaire().readers().stream()
                .map(r -> r.startsWith("device:") ? ctx.deviceName(r.substring("device:".length())) : ctx.personName(r))
                .toList();
    }

    static String mb(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
