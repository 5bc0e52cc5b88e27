package dev.mailbench.api.archfixture;

import javax.swing.JComponent;
import org.pf4j.ExtensionPoint;

/** Keeps the API rule: java, javax (Swing types in signatures) and PF4J. */
public interface ApiUsesJavaxAndPf4j extends ExtensionPoint {
    JComponent panel();
}
