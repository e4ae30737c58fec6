package dev.podium.live.kubeconfig;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value of a parsed kubeconfig file with the place it was written: a mapping (keys in file order), a
 * sequence or a scalar (text, or null for YAML null). Accessors that expect a shape throw a located
 * {@link LiveConfigException} when the file has another. Immutable.
 */
final class KubeconfigNode {

    private final Path file;
    private final int line;
    private final int column;
    private final Map<String, KubeconfigNode> mapping;
    private final List<KubeconfigNode> sequence;
    private final String scalar;

    private KubeconfigNode(Path file, int line, int column, Map<String, KubeconfigNode> mapping,
            List<KubeconfigNode> sequence, String scalar) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.mapping = mapping;
        this.sequence = sequence;
        this.scalar = scalar;
    }

    static KubeconfigNode mapping(Path file, int line, int column, Map<String, KubeconfigNode> entries) {
        return new KubeconfigNode(file, line, column, Collections.unmodifiableMap(new LinkedHashMap<>(entries)), null,
                null);
    }

    static KubeconfigNode sequence(Path file, int line, int column, List<KubeconfigNode> items) {
        return new KubeconfigNode(file, line, column, null, List.copyOf(items), null);
    }

    static KubeconfigNode scalar(Path file, int line, int column, String text) {
        return new KubeconfigNode(file, line, column, null, null, text);
    }

    Path file() {
        return file;
    }

    boolean isMapping() {
        return mapping != null;
    }

    boolean isNull() {
        return mapping == null && sequence == null && scalar == null;
    }

    /** A problem located at this node. */
    LiveConfigException problem(String message) {
        return new LiveConfigException(file, line, column, message);
    }

    /** The value under {@code key} of this mapping, or null when absent. */
    KubeconfigNode get(String key) throws LiveConfigException {
        return requireMapping(key).get(key);
    }

    /** The mapping under {@code key}, or null when absent or YAML null. */
    KubeconfigNode mappingAt(String key) throws LiveConfigException {
        KubeconfigNode value = get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.mapping == null) {
            throw value.problem("'" + key + "' should be a mapping of keys to values");
        }
        return value;
    }

    /** The items of the sequence under {@code key}; empty when absent or null. */
    List<KubeconfigNode> sequenceAt(String key) throws LiveConfigException {
        KubeconfigNode value = get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.sequence == null) {
            throw value.problem("'" + key + "' should be a list (items starting with '- ')");
        }
        return value.sequence;
    }

    /** The text under {@code key}, or null when absent, null or empty. */
    String text(String key) throws LiveConfigException {
        KubeconfigNode value = get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.scalar == null) {
            throw value.problem("'" + key + "' should be a single value, not a list or mapping");
        }
        return value.scalar.isEmpty() ? null : value.scalar;
    }

    /** The boolean under {@code key}; false when absent. */
    boolean flag(String key) throws LiveConfigException {
        String text = text(key);
        if (text == null) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw get(key).problem("'" + key + "' should be true or false, not '" + text + "'");
    }

    /** This sequence's items as text; the node must be a sequence of scalars. */
    List<String> texts(String key) throws LiveConfigException {
        List<KubeconfigNode> items = sequenceAt(key);
        String[] out = new String[items.size()];
        for (int i = 0; i < out.length; i++) {
            KubeconfigNode item = items.get(i);
            if (item.scalar == null) {
                throw item.problem("each item of '" + key + "' should be a single value");
            }
            out[i] = item.scalar;
        }
        return List.of(out);
    }

    /** {@code file:line:column}, for messages that point at this node. */
    String where() {
        return file + ":" + line + ":" + column;
    }

    private Map<String, KubeconfigNode> requireMapping(String key) throws LiveConfigException {
        if (mapping == null) {
            throw problem("expected a mapping with '" + key + "' here");
        }
        return mapping;
    }
}
