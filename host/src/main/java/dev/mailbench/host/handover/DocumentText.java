package dev.mailbench.host.handover;

/**
 * Makes user-entered text safe to put into a document: characters XML cannot carry would corrupt the
 * file, and a literal "{{" would look like a leftover placeholder to the customer (and to our checks).
 */
public final class DocumentText {
    private DocumentText() {
    }

    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean xmlLegal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (xmlLegal) {
                sb.appendCodePoint(cp);
            }
        });
        String s = sb.toString().replace("\r\n", "\n").replace('\r', '\n');
        while (s.contains("{{")) {
            s = s.replace("{{", "{ {");
        }
        return s;
    }
}
