package dev.mailbench.api.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null-tolerant defensive copies for the record constructors. */
final class Values {
    private Values() {
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <K, V> Map<K, V> map(Map<K, V> map) {
        // Keeps insertion order (stable JSON output) and tolerates null values from JSON.
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
