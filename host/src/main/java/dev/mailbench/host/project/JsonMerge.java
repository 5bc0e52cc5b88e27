package dev.mailbench.host.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays the JSON of the model over the JSON the file was read from, so fields this version of MailBench
 * does not know (written by a newer version or by hand) survive a save.
 *
 * <ul>
 *   <li>Objects: every field of the model wins; fields only in the source are kept (they are unknown to
 *       the model, since the model always writes all of its fields). Source field order is kept, new
 *       fields follow, so a save produces a small diff.</li>
 *   <li>Arrays of objects: elements are matched by {@code id} (or {@code itemId}, {@code mailboxId});
 *       order and membership come from the model (a removed element is gone).</li>
 *   <li>Free-form maps ({@code plugins}, {@code provider.overrides}): the model's key set is the truth,
 *       because a removed key would otherwise come back from the source; the values are merged.</li>
 *   <li>Everything else: the model's value.</li>
 * </ul>
 */
public final class JsonMerge {
    private static final List<String> KEY_FIELDS = List.of("id", "itemId", "mailboxId");
    private static final Set<String> MAP_PATHS = Set.of("/plugins", "/provider/overrides");

    private JsonMerge() {
    }

    /** A new tree: {@code model} merged onto {@code source}; neither argument is changed. */
    public static JsonNode merge(JsonNode model, JsonNode source) {
        return merge(model, source, "", Set.of());
    }

    /** As {@link #merge(JsonNode, JsonNode)} for a tree whose free-form maps are at {@code mapPaths}. */
    public static JsonNode merge(JsonNode model, JsonNode source, Set<String> mapPaths) {
        return merge(model, source, "", mapPaths);
    }

    /** Merge rules of a project file. */
    public static JsonNode mergeProject(JsonNode model, JsonNode source) {
        return merge(model, source, "", MAP_PATHS);
    }

    private static JsonNode merge(JsonNode model, JsonNode source, String path, Set<String> mapPaths) {
        if (model == null || model.isMissingNode()) {
            return source == null ? null : source.deepCopy();
        }
        if (source == null || source.isMissingNode()) {
            return model.deepCopy();
        }
        if (model.isObject() && source.isObject()) {
            return mergeObjects((ObjectNode) model, (ObjectNode) source, path, mapPaths);
        }
        if (model.isArray() && source.isArray()) {
            return mergeArrays((ArrayNode) model, (ArrayNode) source, path, mapPaths);
        }
        return model.deepCopy();
    }

    private static ObjectNode mergeObjects(ObjectNode model, ObjectNode source, String path, Set<String> mapPaths) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        boolean freeFormMap = mapPaths.contains(path);
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (model.has(name)) {
                out.set(name, merge(model.get(name), field.getValue(), path + "/" + name, mapPaths));
            } else if (!freeFormMap) {
                out.set(name, field.getValue().deepCopy());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = model.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!out.has(field.getKey())) {
                out.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return out;
    }

    private static ArrayNode mergeArrays(ArrayNode model, ArrayNode source, String path, Set<String> mapPaths) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode element : model) {
            JsonNode match = element.isObject() ? findByKey(source, (ObjectNode) element) : null;
            out.add(match == null ? element.deepCopy() : merge(element, match, path + "/*", mapPaths));
        }
        return out;
    }

    private static JsonNode findByKey(ArrayNode source, ObjectNode element) {
        for (String key : KEY_FIELDS) {
            JsonNode value = element.get(key);
            if (value != null && value.isTextual() && !value.asText().isEmpty()) {
                for (JsonNode candidate : source) {
                    if (candidate.isObject() && value.equals(candidate.get(key))) {
                        return candidate;
                    }
                }
                return null;
            }
        }
        return null;
    }
}
