package dev.mailbench.host.ui;

import dev.mailbench.api.PanelScope;
import dev.mailbench.api.ProjectApi.ProjectEvent;
import dev.mailbench.api.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of one plugin panel in the window. The window calls {@link #localeChanged} and
 * {@link #projectEvent} on the EDT and {@link #dispose} when the tab closes, another project is opened or the
 * window goes; a listener that throws is logged and does not stop the others.
 */
final class PluginPanelScope implements PanelScope {
    private static final Logger LOG = LoggerFactory.getLogger(PluginPanelScope.class);

    private final String panelId;
    private final List<Registration> owned = new ArrayList<>();
    private final List<Runnable> disposeActions = new ArrayList<>();
    private final List<Consumer<Locale>> localeListeners = new ArrayList<>();
    private final List<Consumer<ProjectEvent>> projectListeners = new ArrayList<>();
    private volatile boolean disposed;

    PluginPanelScope(String panelId) {
        this.panelId = panelId;
    }

    @Override
    public synchronized <R extends Registration> R own(R registration) {
        if (disposed) {
            registration.unregister();
        } else {
            owned.add(registration);
        }
        return registration;
    }

    @Override
    public synchronized void onDispose(Runnable action) {
        disposeActions.add(action);
    }

    @Override
    public synchronized void onLocaleChanged(Consumer<Locale> listener) {
        localeListeners.add(listener);
    }

    @Override
    public synchronized void onProjectEvent(Consumer<ProjectEvent> listener) {
        projectListeners.add(listener);
    }

    @Override
    public boolean isDisposed() {
        return disposed;
    }

    /** How many listeners and registrations the panel holds now (0 after {@link #dispose}). */
    synchronized int liveCount() {
        return owned.size() + localeListeners.size() + projectListeners.size() + disposeActions.size();
    }

    void localeChanged(Locale locale) {
        for (Consumer<Locale> l : snapshot(localeListeners)) {
            run(() -> l.accept(locale));
        }
    }

    void projectEvent(ProjectEvent event) {
        for (Consumer<ProjectEvent> l : snapshot(projectListeners)) {
            run(() -> l.accept(event));
        }
    }

    void dispose() {
        List<Registration> registrations;
        List<Runnable> actions;
        synchronized (this) {
            if (disposed) {
                return;
            }
            disposed = true;
            registrations = new ArrayList<>(owned);
            actions = new ArrayList<>(disposeActions);
            owned.clear();
            disposeActions.clear();
            localeListeners.clear();
            projectListeners.clear();
        }
        for (int i = registrations.size() - 1; i >= 0; i--) {
            Registration r = registrations.get(i);
            run(r::unregister);
        }
        actions.forEach(this::run);
    }

    private synchronized <T> List<T> snapshot(List<T> list) {
        return new ArrayList<>(list);
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("Panel {}: a listener failed", panelId, e);
        }
    }
}
