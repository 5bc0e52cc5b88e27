package dev.mailbench.host.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailbench.api.model.Project;
import dev.mailbench.kit.io.AtomicFiles;
import dev.mailbench.host.project.migration.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes {@code *.mailbench.json} project files.
 *
 * <p>{@link #load} returns the model plus the JSON tree it came from (after migration); {@link #save} is
 * given that tree back so fields this version does not know survive, and returns the tree it wrote.
 *
 * <p><b>Never overwriting a file that does not parse.</b> {@link #save} refuses a target that exists and
 * is not a readable project (not JSON, or from a newer MailBench) with {@link UnreadableTargetException},
 * because it might be someone's only copy of something we cannot show. The one exception is a file this
 * store itself loaded or saved during this run: the consultant is editing exactly that project, and the
 * file must have been changed by another program since (a sync conflict, a hand edit). Then the save goes
 * ahead (the in-memory project is the valid one) and the unreadable bytes are kept aside as
 * {@code <name>.unreadable-<timestamp>} next to it (a {@code .bak} would be replaced by the next save).
 */
public final class ProjectStore {
    /**
     * The largest project file MailBench reads: 32 MB, about 50,000 mailboxes with their people and devices,
     * far beyond a small business. A file beyond it is refused with this limit in the message (README).
     */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    /**
     * The shared reader, except that {@link #readTree} checks what follows the root value itself. In a holder: the
     * window's start makes a store while another thread sets up Jackson to read the project, and a store that needed
     * Jackson to exist would wait for that.
     */
    private static final class TreeReader {
        static final ObjectReader TREE_READER = ProjectJson.mapper().readerFor(JsonNode.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Files loaded or written by this store in this run, as absolute normalized paths. */
    private final Set<Path> ownFiles = ConcurrentHashMap.newKeySet();

    /**
     * A project as read: the model, whether it was migrated from an older schema, and the file's JSON tree after
     * migration ({@link #source}), kept so fields this version does not know survive a save.
     */
    public static final class Loaded {
        private final Project project;
        private final boolean migrated;
        private Path file;
        private byte[] bytes;
        private JsonNode source;

        Loaded(Project project, JsonNode source, boolean migrated) {
            this.project = project;
            this.source = source;
            this.migrated = migrated;
        }

        /** Read without Jackson ({@link ProjectFileReader}): the tree is read from the bytes when first asked for. */
        private Loaded(Project project, Path file, byte[] bytes) {
            this(project, null, false);
            this.file = file;
            this.bytes = bytes;
        }

        public Project project() {
            return project;
        }

        public boolean migrated() {
            return migrated;
        }

        /** The file's JSON tree after migration; read with Jackson on the first call when the model was read without. */
        public synchronized JsonNode source() {
            if (source == null && bytes != null) {
                try {
                    source = readTree(file, bytes);
                } catch (ProjectFileException e) {
                    // The bytes were read as strict JSON already, so Jackson takes them: this is a bug, not a file.
                    throw new IllegalStateException(e.getMessage(), e);
                }
                bytes = null;
            }
            return source;
        }
    }

    public Loaded load(Path file) throws ProjectFileException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(file, size);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, 0, 0,
                    "プロジェクトファイルが見つかりません: " + file + " / Project file not found", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, 0, 0,
                    "プロジェクトファイルを読めません: " + e.getMessage() + " / Cannot read the project file", e);
        }
        Loaded loaded = parse(file, bytes);
        ownFiles.add(key(file));
        return loaded;
    }

    /**
     * Counts {@code file} as loaded by this store, as {@link #load} does: the window's start reads the project with a
     * store of its own, on a thread that starts before the workbench exists.
     */
    public void loadedElsewhere(Path file) {
        ownFiles.add(key(file));
    }

    /** Parses project bytes (a file's or a recovery's); {@code file} only names the origin in messages. */
    public static Loaded parse(Path file, byte[] bytes) throws ProjectFileException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(file, bytes.length);
        }
        Optional<TextEncoding.NotUtf8> notUtf8 = TextEncoding.check(bytes);
        if (notUtf8.isPresent()) {
            TextPosition at = notUtf8.get().at();
            throw new ProjectFileException(file, at.line(), at.column(), notUtf8.get().message(), null);
        }
        Optional<String> first = firstCharacter(bytes);
        if (first.isPresent() && !first.get().equals("{")) {
            throw new ProjectFileException(file, 1, 1, notAProjectMessage(
                    "先頭が「" + first.get() + "」で、JSON のオブジェクト（{ で始まる）ではありません",
                    "it does not start with { as a JSON object does"), null);
        }
        Optional<Project> plain = ProjectFileReader.read(bytes);
        if (plain.isPresent()) {
            return new Loaded(plain.get(), file, bytes);
        }
        JsonNode tree = readTree(file, bytes);
        if (tree == null || !tree.isObject()) {
            throw new ProjectFileException(file, 1, 1, notAProjectMessage("JSON のオブジェクトではありません",
                    "it is not a JSON object"), null);
        }
        ObjectNode root = (ObjectNode) tree;
        if (PROJECT_FIELDS.stream().noneMatch(root::has)) {
            throw new ProjectFileException(file, 1, 1, notAProjectMessage(
                    "JSON ですが、プロジェクトの項目（schemaVersion、customer、mailboxes など）がひとつもありません",
                    "it is JSON, but has none of a project's fields (schemaVersion, customer, mailboxes, ...)"), null);
        }
        int version = schemaVersion(file, bytes, root);
        if (version > Project.CURRENT_SCHEMA_VERSION) {
            TextPosition at = rootValuePosition(bytes, "schemaVersion");
            throw new ProjectFileException(file, at.line(), at.column(), String.format(
                    "このファイルは新しい MailBench で作られています（形式 %d、このバージョンは %d まで）。MailBench を更新してください。"
                            + " / This file was written by a newer MailBench (schema %d; this version reads up to %d). Please update MailBench.",
                    version, Project.CURRENT_SCHEMA_VERSION, version, Project.CURRENT_SCHEMA_VERSION), null);
        }
        boolean migrated;
        try {
            migrated = Migrations.migrate(root, version, Project.CURRENT_SCHEMA_VERSION);
        } catch (RuntimeException e) {
            throw new ProjectFileException(file, 0, 0,
                    "古い形式（" + version + "）からの変換に失敗しました: " + e.getMessage()
                            + " / Migration from schema " + version + " failed", e);
        }
        return new Loaded(bind(file, bytes, root, migrated), root, migrated);
    }

    /** A JSON object with none of these is some other program's file, not an old project. */
    private static final java.util.List<String> PROJECT_FIELDS =
            java.util.List.of("schemaVersion", "customer", "domains", "mailboxes", "people", "devices");

    /** What the file is not, and what to do: the consultant picked the wrong file, not a broken one. */
    private static String notAProjectMessage(String ja, String en) {
        return "MailBench のプロジェクトファイルではありません（" + ja + "）。別のファイルを選んだようです。"
                + "プロジェクトは「*.mailbench.json」のファイルです。"
                + " / This is not a MailBench project file (" + en + "). Choose a *.mailbench.json project file.";
    }

    /** The first character after a byte order mark and white space, as typed (for the message); empty when none. */
    private static Optional<String> firstCharacter(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        return head.isEmpty() ? Optional.empty() : Optional.of(head.substring(0, head.offsetByCodePoints(0, 1)));
    }

    /**
     * The JSON tree of a file, and nothing after it: what follows the root value (a stray brace, pasted text)
     * is checked here rather than by the shared reader, so the message can say that this is the problem.
     */
    private static JsonNode readTree(Path file, byte[] bytes) throws ProjectFileException {
        try (JsonParser parser = TreeReader.TREE_READER.createParser(bytes)) {
            JsonNode tree;
            try {
                tree = TreeReader.TREE_READER.readTree(parser);
            } catch (JsonProcessingException e) {
                // Some limits (the nesting depth) are reported without a location: the parser knows where it is.
                throw located(file, bytes, e, e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
                        "JSON の書き方に誤りがあります", "invalid JSON");
            }
            try {
                if (parser.nextToken() != null) {
                    throw trailing(file, bytes, parser.currentTokenLocation(), null);
                }
            } catch (JsonProcessingException e) {
                throw trailing(file, bytes, e.getLocation() != null ? e.getLocation() : parser.currentLocation(), e);
            }
            return tree;
        } catch (IOException e) {
            throw new ProjectFileException(file, 0, 0, "プロジェクトファイルを読めません: " + e.getMessage(), e);
        }
    }

    /**
     * The model from the tree (one parse of the file, not two). A value of the wrong type in a file that was
     * not migrated is then looked up again in the bytes, which know its line and column.
     */
    private static Project bind(Path file, byte[] bytes, ObjectNode root, boolean migrated) throws ProjectFileException {
        try {
            return ProjectJson.mapper().treeToValue(root, Project.class);
        } catch (JsonProcessingException fromTree) {
            if (!migrated) {
                try {
                    ProjectJson.mapper().readValue(bytes, Project.class);
                } catch (JsonProcessingException fromBytes) {
                    throw located(file, bytes, fromBytes, fromBytes.getLocation(), "項目の値の型が正しくありません",
                            "a value has the wrong type");
                } catch (IOException e) {
                    throw new ProjectFileException(file, 0, 0, "プロジェクトファイルを読めません: " + e.getMessage(), e);
                }
            }
            throw located(file, bytes, fromTree, null, "項目の値の型が正しくありません", "a value has the wrong type");
        }
    }

    /** Atomic: the file on disk is always the old or the new version, never a torn one. */
    public JsonNode save(Path file, Project project, JsonNode source) throws IOException {
        Path target = key(file);
        if (Files.exists(target)) {
            guardTarget(target);
        }
        JsonNode model = ProjectJson.toTree(project);
        ((ObjectNode) model).put("schemaVersion", Project.CURRENT_SCHEMA_VERSION);
        JsonNode written = source == null ? model : JsonMerge.mergeProject(model, source);
        byte[] bytes = ProjectJson.toBytes(written);
        AtomicFiles.write(target, bytes, backupOf(target));
        ownFiles.add(target);
        return written;
    }

    /** Where {@link #save} keeps the previous version: {@code <name>.bak} in the same folder. */
    public static Path backupOf(Path file) {
        Path abs = file.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".bak");
    }

    private void guardTarget(Path target) throws IOException {
        byte[] existing = Files.readAllBytes(target);
        try {
            parse(target, existing);
            return;
        } catch (ProjectFileException e) {
            if (!ownFiles.contains(target)) {
                throw new UnreadableTargetException(target, e);
            }
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        AtomicFiles.write(target.resolveSibling(target.getFileName() + ".unreadable-" + stamp), existing);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static int schemaVersion(Path file, byte[] bytes, ObjectNode root) throws ProjectFileException {
        JsonNode v = root.get("schemaVersion");
        if (v == null) {
            // The first release wrote no version field.
            return 1;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1) {
            TextPosition at = rootValuePosition(bytes, "schemaVersion");
            throw new ProjectFileException(file, at.line(), at.column(),
                    "schemaVersion が正しくありません" + at.ja() + ": " + v + "（1 以上の整数） / Invalid schemaVersion"
                            + at.en() + ": " + v + " (a whole number, 1 or more)", null);
        }
        return v.asInt();
    }

    /** Where the value of the top-level field {@code name} starts; only asked when something is wrong with it. */
    private static TextPosition rootValuePosition(byte[] bytes, String name) {
        try (JsonParser parser = TreeReader.TREE_READER.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return TextPosition.UNKNOWN;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean wanted = name.equals(parser.currentName());
                parser.nextToken();
                if (wanted) {
                    return TextPosition.at(bytes, parser.currentTokenLocation().getByteOffset());
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            // The file parsed a moment ago; without a position the message still names the problem.
        }
        return TextPosition.UNKNOWN;
    }

    private static ProjectFileException tooLarge(Path file, long size) {
        return new ProjectFileException(file, 0, 0, String.format(
                "プロジェクトファイルが大きすぎます（%.1f MB）。読み込めるのは %d MB まで（メールボックス約 5 万件分）です。"
                        + " / The project file is too large (%.1f MB). MailBench reads project files up to %d MB"
                        + " (about 50,000 mailboxes).",
                size / 1048576.0, MAX_FILE_BYTES / 1048576, size / 1048576.0, MAX_FILE_BYTES / 1048576), null);
    }

    private static ProjectFileException trailing(Path file, byte[] bytes, JsonLocation location, Exception cause) {
        TextPosition at = TextPosition.at(bytes, location == null ? -1 : location.getByteOffset());
        return new ProjectFileException(file, at.line(), at.column(),
                "プロジェクトファイルを読めません" + at.ja() + ": JSON の終わり（最後の } ）の後ろに余分な文字があります。"
                        + "ここから後ろを削除してください。 / Cannot read the project file" + at.en()
                        + ": there is more text after the end of the JSON (its last }). Delete it from here on.", cause);
    }

    /**
     * A Jackson error as {@code file:line:column}. The position comes from the byte offset (Jackson's column
     * counts bytes; the consultant's editor counts characters), from {@code location} when given.
     */
    private static ProjectFileException located(Path file, byte[] bytes, JsonProcessingException e,
                                                JsonLocation location, String ja, String en) {
        JsonLocation loc = location != null ? location : e.getLocation();
        TextPosition at = loc == null ? TextPosition.UNKNOWN : loc.getByteOffset() >= 0
                ? TextPosition.at(bytes, loc.getByteOffset())
                : new TextPosition(Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()));
        String where = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? " [" + pathOf(m) + "]" : "";
        String message = "プロジェクトファイルを読めません" + at.ja() + ": " + ja + where + " — "
                + e.getOriginalMessage() + " / Cannot read the project file" + at.en() + ": " + en;
        return new ProjectFileException(file, at.line(), at.column(), message, e);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The save target exists but is not a readable project this store knows; it is left untouched. */
    public static final class UnreadableTargetException extends IOException {
        private final transient ProjectFileException reason;

        public UnreadableTargetException(Path target, ProjectFileException reason) {
            super("保存先のファイルはプロジェクトとして読めないため、上書きしません: " + target
                    + " / The target file is not a readable project; it was not overwritten. (" + reason.getMessage() + ")",
                    reason);
            this.reason = reason;
        }

        public ProjectFileException reason() {
            return reason;
        }
    }
}
