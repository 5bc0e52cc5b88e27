package dev.mailbench.api;

/** The facades a plugin talks to. Each instance is scoped to one plugin. */
public interface WorkbenchApi {
    /** The id of the plugin this API was handed to. */
    String pluginId();

    UiApi ui();

    ProjectApi project();

    ServicesApi services();

    TasksApi tasks();

    CliApi cli();

    HandoverApi handover();

    RouteApi route();

    SettingsApi settings();

    I18nApi i18n();

    LogApi log();
}
