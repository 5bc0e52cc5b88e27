package dev.mailbench.api;

/** Panels shown as tabs in the workbench window. */
public interface UiApi {
    Registration registerPanel(PanelContribution contribution);
}
