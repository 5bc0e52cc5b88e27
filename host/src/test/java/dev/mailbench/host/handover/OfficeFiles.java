package dev.mailbench.host.handover;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads the XML parts of a .docx/.xlsx as text, to search the whole package (headers, shared strings…). */
public final class OfficeFiles {
    private OfficeFiles() {
    }

    static Map<String, String> xmlParts(Path file) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    /** Every part of a package in memory, by name, as bytes. */
    public static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    static String allXml(Path file) throws IOException {
        return String.join("\n", xmlParts(file).values());
    }
}
