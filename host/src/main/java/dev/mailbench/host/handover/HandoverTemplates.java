package dev.mailbench.host.handover;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the template for one output file. A consultant's own folder wins file by file (they may brand
 * only the Word document); otherwise the default shipped inside the jar, or {@code templates/} beside
 * the application for an unpacked install.
 */
public final class HandoverTemplates {
    public enum Kind {
        DOCX("docx"), XLSX("xlsx");

        final String extension;

        Kind(String extension) {
            this.extension = extension;
        }
    }

    /** @param origin where it came from, for messages: a path or "built-in" */
    public record Template(String fileName, String origin, byte[] bytes) {
        public InputStream open() {
            return new java.io.ByteArrayInputStream(bytes);
        }

        public String describe() {
            return origin;
        }
    }

    private HandoverTemplates() {
    }

    public static String fileName(Kind kind, Locale locale) {
        return "handover-" + (HandoverText.isEnglish(locale) ? "en" : "ja") + "." + kind.extension;
    }

    public static Template find(Kind kind, Locale locale, Optional<Path> userDir) throws IOException {
        String name = fileName(kind, locale);
        List<Path> candidates = new ArrayList<>();
        userDir.ifPresent(d -> candidates.add(d.resolve(name)));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return new Template(name, p.toAbsolutePath().toString(), Files.readAllBytes(p));
            }
        }
        try (InputStream in = HandoverTemplates.class.getResourceAsStream("/templates/" + name)) {
            if (in != null) {
                return new Template(name, "built-in " + name, in.readAllBytes());
            }
        }
        Optional<Path> beside = besideApplication().map(d -> d.resolve("templates").resolve(name));
        if (beside.isPresent() && Files.isRegularFile(beside.get())) {
            return new Template(name, beside.get().toString(), Files.readAllBytes(beside.get()));
        }
        throw new IOException("テンプレート " + name + " が見つかりません / template not found: " + name
                + userDir.map(d -> " (looked in " + d + ")").orElse(""));
    }

    private static Optional<Path> besideApplication() {
        try {
            var source = HandoverTemplates.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(Files.isDirectory(location) ? location : location.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
