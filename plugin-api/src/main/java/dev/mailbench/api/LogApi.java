package dev.mailbench.api;

/** The host's log, tagged with the plugin id. Never pass a password. */
public interface LogApi {
    void info(String message);

    void warn(String message, Throwable error);

    void error(String message, Throwable error);
}
