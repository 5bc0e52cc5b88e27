package dev.mailbench.api.handover;

import java.util.List;

/** Label/value pairs, e.g. 受信サーバー → sv1234.xserver.jp. */
public record KeyValueBlock(String title, List<Entry> entries) implements HandoverBlock {
    public KeyValueBlock {
        title = title == null ? "" : title;
        entries = List.copyOf(entries);
    }

    public record Entry(String key, String value) {
        public Entry {
            key = key == null ? "" : key;
            value = value == null ? "" : value;
        }
    }
}
