package dev.mailbench.host.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailbench.api.model.Project;
import dev.mailbench.kit.io.AtomicFiles;
import dev.mailbench.host.project.migration.Migrations;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
    /** Files loaded or written by this store in this run, as absolute normalized paths. */
    private final Set<Path> ownFiles = ConcurrentHashMap.newKeySet();

    /** @param source the file's JSON tree after migration, kept so unknown fields survive a save */
    public record Loaded(Project project, JsonNode source, boolean migrated) {
    }

    public Loaded load(Path file) throws ProjectFileException {
        byte[] bytes;
        try {
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

    /** Parses project bytes (a file's or a recovery's); {@code file} only names the origin in messages. */
    public static Loaded parse(Path file, byte[] bytes) throws ProjectFileException {
        checkUtf8(file, bytes);
        JsonNode tree;
        try {
            tree = ProjectJson.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw located(file, e, "JSON の書き方に誤りがあります", "invalid JSON");
        } catch (IOException e) {
            throw new ProjectFileException(file, 0, 0, "プロジェクトファイルを読めません: " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ProjectFileException(file, 1, 1,
                    "MailBench のプロジェクトファイルではありません（先頭が { ではありません） / Not a MailBench project file",
                    null);
        }
        ObjectNode root = (ObjectNode) tree;
        int version = schemaVersion(file, root);
        if (version > Project.CURRENT_SCHEMA_VERSION) {
            throw new ProjectFileException(file, 0, 0, String.format(
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
        Project project;
        try {
            // Unmigrated files are bound from the bytes so type errors carry their line and column.
            project = migrated ? ProjectJson.mapper().treeToValue(root, Project.class)
                    : ProjectJson.mapper().readValue(bytes, Project.class);
        } catch (JsonProcessingException e) {
            throw located(file, e, "項目の値の型が正しくありません", "a value has the wrong type");
        } catch (IOException e) {
            throw new ProjectFileException(file, 0, 0, "プロジェクトファイルを読めません: " + e.getMessage(), e);
        }
        return new Loaded(project, root, migrated);
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

    private static int schemaVersion(Path file, ObjectNode root) throws ProjectFileException {
        JsonNode v = root.get("schemaVersion");
        if (v == null) {
            // The first release wrote no version field.
            return 1;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1) {
            throw new ProjectFileException(file, 0, 0,
                    "schemaVersion が正しくありません: " + v + " / Invalid schemaVersion", null);
        }
        return v.asInt();
    }

    private static void checkUtf8(Path file, byte[] bytes) throws ProjectFileException {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new ProjectFileException(file, 0, 0,
                    "プロジェクトファイルが UTF-8 ではありません（Shift_JIS で保存された可能性があります） / The file is not UTF-8",
                    e);
        }
    }

    private static ProjectFileException located(Path file, JsonProcessingException e, String ja, String en) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
        int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
        String where = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? " [" + pathOf(m) + "]" : "";
        String position = line > 0 ? String.format("（%d行 %d列）", line, column) : "";
        String positionEn = line > 0 ? String.format(" (line %d, column %d)", line, column) : "";
        String message = "プロジェクトファイルを読めません" + position + ": " + ja + where + " — "
                + e.getOriginalMessage() + " / Cannot read the project file" + positionEn + ": " + en;
        return new ProjectFileException(file, line, column, message, e);
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
