package dev.mailbench.api;

import java.util.Optional;

/**
 * Services one plugin offers the others, through interfaces that live in plugin-api (never a class of
 * another plugin).
 */
public interface ServicesApi {
    <T> Registration provide(Class<T> type, T implementation);

    <T> Optional<T> find(Class<T> type);
}
