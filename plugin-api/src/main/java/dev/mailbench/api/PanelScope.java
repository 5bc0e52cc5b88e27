package dev.mailbench.api;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The life of one panel, handed to {@link PanelFactory#createPanel}. Whatever a panel registers through
 * its scope ends with the panel: the host disposes the scope (on the EDT) when the consultant closes the
 * tab, when another project is opened (the panel is then built anew for it) and when the window closes.
 * A panel needs no {@code addNotify}/{@code removeNotify} tricks and leaves no listener behind.
 */
public interface PanelScope {
    /** Ties {@code registration} to the panel: it is unregistered when the panel is disposed. */
    <R extends Registration> R own(R registration);

    /** Runs {@code action} when the panel is disposed (after its registrations are undone), once. */
    void onDispose(Runnable action);

    /**
     * Called on the EDT after a language switch, once the host has relabelled every text bound with
     * {@link I18nApi#bind}: the place to re-render texts the panel builds itself (results, summaries).
     */
    void onLocaleChanged(Consumer<Locale> listener);

    /** Called on the EDT when the open project is edited (including undo/redo) or saved. */
    void onProjectEvent(Consumer<ProjectApi.ProjectEvent> listener);

    /** True once the panel has been disposed: late background results should then be dropped. */
    boolean isDisposed();
}
