package dev.mailbench.api;

/** Returned by every {@code register*}: undoes that registration. Calling it twice is harmless. */
@FunctionalInterface
public interface Registration extends AutoCloseable {
    void unregister();

    @Override
    default void close() {
        unregister();
    }
}
