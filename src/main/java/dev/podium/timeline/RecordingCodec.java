package dev.podium.timeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns events into recording lines and back: {@code {"t":<ns>,"type":"<Name>", …fields}}, fields in
 * record-component order. Thread-safe once built (the underlying mapper is immutable).
 */
public final class RecordingCodec {
    private static final String TIME_COMPONENT = "timeNanos";

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();
    private final EventTypes types;

    public RecordingCodec(EventTypes types) {
        this.types = types;
    }

    public EventTypes types() {
        return types;
    }

    /** One JSON line (without the newline) for {@code event}. */
    public String encode(WorldEvent event) {
        ObjectNode fields = mapper.valueToTree(event);
        ObjectNode line = mapper.createObjectNode();
        line.put("t", event.timeNanos());
        line.put("type", event.type());
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            if (!field.getKey().equals(TIME_COMPONENT)) {
                line.set(field.getKey(), field.getValue());
            }
        }
        return mapper.writeValueAsString(line);
    }

    /** The header as one JSON line; a null {@code created} is left out. */
    public String encodeHeader(RecordingHeader header) {
        ObjectNode line = mapper.createObjectNode();
        line.put("format", header.format());
        line.put("version", header.version());
        line.put("source", header.source());
        line.put("scenario", header.scenario());
        line.put("seed", header.seed());
        if (!header.worlds().isEmpty()) {
            ArrayNode worlds = line.putArray("worlds");
            header.worlds().forEach(worlds::add);
        }
        if (header.created() != null) {
            line.put("created", header.created());
        }
        return mapper.writeValueAsString(line);
    }

    /** Reads a header line; throws with a reason if it is not one. */
    public RecordingHeader decodeHeader(String text) {
        JsonNode node = parseObject(text);
        String format = node.path("format").asString("");
        if (!RecordingHeader.FORMAT.equals(format)) {
            throw new IllegalArgumentException("not a Podium recording (expected \"format\":\""
                    + RecordingHeader.FORMAT + "\" on line 1)");
        }
        JsonNode versionNode = node.path("version");
        int version = versionNode.isIntegralNumber() && versionNode.canConvertToInt() ? versionNode.asInt() : -1;
        if (version < RecordingHeader.OLDEST_VERSION || version > RecordingHeader.VERSION) {
            throw new IllegalArgumentException("recording version " + node.path("version")
                    + " is not supported (this Podium reads versions " + RecordingHeader.OLDEST_VERSION + " to "
                    + RecordingHeader.VERSION + ")");
        }
        JsonNode created = node.get("created");
        List<String> worlds = new ArrayList<>();
        JsonNode named = node.get("worlds");
        if (named != null && named.isArray()) {
            for (JsonNode world : named) {
                if (world.isString() && world.asString().matches("[a-z]+")) {
                    worlds.add(world.asString());
                }
            }
        }
        JsonNode seed = node.path("seed");
        if (seed.isNumber() && !seed.canConvertToLong()) {
            throw new IllegalArgumentException("\"seed\": " + seed + " is out of range (a 64-bit integer)");
        }
        try {
            return new RecordingHeader(format, version, node.path("source").asString(""),
                    node.path("scenario").asString(""), seed.asLong(0),
                    created == null || created.isNull() ? null : created.asString(), worlds);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("bad header: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads one event line. Returns null for a well-formed line of an unknown type (the caller warns);
     * throws IllegalArgumentException with a reason for a malformed one.
     */
    public WorldEvent decode(String text) {
        JsonNode node = parseObject(text);
        JsonNode t = node.get("t");
        JsonNode type = node.get("type");
        if (t == null || !t.isIntegralNumber()) {
            throw new IllegalArgumentException("missing integer \"t\"");
        }
        if (!t.canConvertToLong()) {
            throw new IllegalArgumentException("\"t\": " + t + " is out of range (nanoseconds, at most "
                    + Long.MAX_VALUE + ")");
        }
        if (type == null || !type.isString()) {
            throw new IllegalArgumentException("missing string \"type\"");
        }
        Class<? extends WorldEvent> cls = types.forName(type.asString());
        if (cls == null) {
            return null;
        }
        ObjectNode fields = mapper.createObjectNode();
        fields.put(TIME_COMPONENT, t.asLong());
        Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("t") && !field.getKey().equals("type")) {
                fields.set(field.getKey(), field.getValue());
            }
        }
        try {
            return mapper.treeToValue(fields, cls);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("bad fields for " + type.asString() + ": " + e.getOriginalMessage(), e);
        }
    }

    private JsonNode parseObject(String text) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return node;
    }
}
