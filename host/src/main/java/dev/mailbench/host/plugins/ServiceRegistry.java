package dev.mailbench.host.plugins;

import dev.mailbench.api.Registration;
import dev.mailbench.api.ServicesApi;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The services plugins offer each other, keyed by an interface from plugin-api. When two plugins provide
 * the same type, the first one registered is found; removing it exposes the next.
 */
public final class ServiceRegistry implements ServicesApi {
    private final List<Provided<?>> provided = new CopyOnWriteArrayList<>();

    @Override
    public <T> Registration provide(Class<T> type, T implementation) {
        if (!type.isInstance(implementation)) {
            throw new IllegalArgumentException(implementation + " is not a " + type.getName());
        }
        Provided<T> entry = new Provided<>(type, implementation);
        provided.add(entry);
        return () -> provided.remove(entry);
    }

    @Override
    public <T> Optional<T> find(Class<T> type) {
        for (Provided<?> p : provided) {
            // Identity, not name: a plugin that bundled its own copy of a plugin-api interface gets nothing.
            if (p.type() == type) {
                return Optional.of(type.cast(p.implementation()));
            }
        }
        return Optional.empty();
    }

    private record Provided<T>(Class<T> type, T implementation) {
    }
}
