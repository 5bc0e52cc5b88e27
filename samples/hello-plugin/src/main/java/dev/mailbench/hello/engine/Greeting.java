package dev.mailbench.hello.engine;

import dev.mailbench.api.model.LocalizedText;

/**
 * What the sample says, in both languages: plain Java without Swing (the architecture rules keep
 * {@code ..engine..} packages so), so the panel, the command and the handover section share it and each
 * shows it in its own language.
 */
public final class Greeting {
    private Greeting() {
    }

    /** A greeting for {@code customerName}, or a general one while the project has no customer name. */
    public static LocalizedText forCustomer(String customerName) {
        if (customerName == null || customerName.isBlank()) {
            return LocalizedText.of("こんにちは。MailBench へようこそ。", "Hello, and welcome to MailBench.");
        }
        String name = customerName.strip();
        // Japanese addresses a company with 様 after the name; English puts the name last.
        return LocalizedText.of(name + " 様、こんにちは。", "Hello, " + name + ".");
    }
}
