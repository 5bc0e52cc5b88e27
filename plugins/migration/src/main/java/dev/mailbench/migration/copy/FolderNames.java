package dev.mailbench.migration.copy;

/** Maps a folder name from the source's hierarchy separator to the destination's. */
final class FolderNames {
    private FolderNames() {
    }

    /**
     * {@code 取引先/見積} with {@code /} → {@code 取引先.見積} with {@code .}. A destination separator that occurs inside a
     * source level name would split it into two levels, so it becomes {@code _} there.
     */
    static String map(String name, char sourceSeparator, char destinationSeparator) {
        if (sourceSeparator == destinationSeparator || name.equalsIgnoreCase("INBOX")) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        for (char ch : name.toCharArray()) {
            if (ch == sourceSeparator) {
                sb.append(destinationSeparator);
            } else if (ch == destinationSeparator) {
                sb.append('_');
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
