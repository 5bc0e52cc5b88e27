package dev.mailbench.dns.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure parser by record text, shared by every domain of a run and by later runs. In a bulk
 * check the same provider include or the same DKIM key text comes back for customer after customer, and
 * parsing it again each time was a tenth of the run's CPU. Only for parsers whose result is immutable and
 * depends on nothing but the text.
 */
final class TextParseCache<T> {
    /** Far more distinct records than one bulk run of thousands of domains meets. */
    private static final int MAX_ENTRIES = 20_000;

    private final Map<String, T> results = new ConcurrentHashMap<>();
    private final Function<String, T> parser;

    TextParseCache(Function<String, T> parser) {
        this.parser = parser;
    }

    T parse(String text) {
        T known = results.get(text);
        if (known != null) {
            return known;
        }
        if (results.size() >= MAX_ENTRIES) {
            results.clear();
        }
        T result = parser.apply(text);
        results.put(text, result);
        return result;
    }
}
