package dev.mailbench.testkit;

import dev.mailbench.api.PanelScope;
import dev.mailbench.api.ProjectApi.ProjectEvent;
import dev.mailbench.api.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** A panel's life in a plugin test, as the host's window runs it: listeners called synchronously. */
final class FakePanelScope implements PanelScope {
    private final List<Registration> owned = new ArrayList<>();
    private final List<Runnable> disposeActions = new ArrayList<>();
    private final List<Consumer<Locale>> localeListeners = new ArrayList<>();
    private final List<Consumer<ProjectEvent>> projectListeners = new ArrayList<>();
    private boolean disposed;

    @Override
    public <R extends Registration> R own(R registration) {
        owned.add(registration);
        return registration;
    }

    @Override
    public void onDispose(Runnable action) {
        disposeActions.add(action);
    }

    @Override
    public void onLocaleChanged(Consumer<Locale> listener) {
        localeListeners.add(listener);
    }

    @Override
    public void onProjectEvent(Consumer<ProjectEvent> listener) {
        projectListeners.add(listener);
    }

    @Override
    public boolean isDisposed() {
        return disposed;
    }

    int liveCount() {
        return owned.size() + disposeActions.size() + localeListeners.size() + projectListeners.size();
    }

    void localeChanged(Locale locale) {
        List.copyOf(localeListeners).forEach(l -> l.accept(locale));
    }

    void projectEvent(ProjectEvent event) {
        List.copyOf(projectListeners).forEach(l -> l.accept(event));
    }

    void dispose() {
        disposed = true;
        List<Registration> registrations = List.copyOf(owned);
        owned.clear();
        localeListeners.clear();
        projectListeners.clear();
        for (int i = registrations.size() - 1; i >= 0; i--) {
            registrations.get(i).unregister();
        }
        List<Runnable> actions = List.copyOf(disposeActions);
        disposeActions.clear();
        actions.forEach(Runnable::run);
    }
}
