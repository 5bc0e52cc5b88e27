package dev.mailbench.host.handover;

import java.util.List;
import java.util.stream.Collectors;

/** A template that cannot be used: its placeholders are named with the file and where they are. */
public class TemplateException extends Exception {
    public enum Kind {
        BROKEN("壊れたプレースホルダー", "broken placeholder"),
        UNKNOWN("不明なプレースホルダー", "unknown placeholder"),
        MISSING_MARKER("本文の挿入位置 {{sections}} がありません", "missing the {{sections}} marker"),
        UNREADABLE("テンプレートを読み込めません", "cannot read the template");

        private final String ja;
        private final String en;

        Kind(String ja, String en) {
            this.ja = ja;
            this.en = en;
        }
    }

    /** @param placeholder the text as found, e.g. {@code {{customer.nmae}}} or {@code {{customer.name} */
    public record Problem(Kind kind, String placeholder, String location) {
        public String describe() {
            String what = placeholder == null || placeholder.isEmpty() ? "" : " " + placeholder;
            return kind.ja + what + "（" + location + "） / " + kind.en + what + " at " + location;
        }
    }

    private final String file;
    private final List<Problem> problems;

    public TemplateException(String file, List<Problem> problems) {
        super(message(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public TemplateException(String file, String reason, Throwable cause) {
        this(file, List.of(new Problem(Kind.UNREADABLE, "", reason)));
        initCause(cause);
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(String file, List<Problem> problems) {
        return "テンプレート " + file + " に問題があります / template problem in " + file + ":\n"
                + problems.stream().map(p -> "  - " + p.describe()).collect(Collectors.joining("\n"));
    }
}
