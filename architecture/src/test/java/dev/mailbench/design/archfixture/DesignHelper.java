package dev.mailbench.design.archfixture;

/** A class of one plugin (mail-design's package) that others must not use. */
public final class DesignHelper {
    public String advice() {
        return "IMAP";
    }
}
