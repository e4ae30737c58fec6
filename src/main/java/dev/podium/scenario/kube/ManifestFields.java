package dev.podium.scenario.kube;

import dev.podium.scenario.NodeReader;
import dev.podium.scenario.Quantities;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.SourceLocation;
import dev.podium.scenario.Suggestions;
import dev.podium.scenario.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Typed reads of the fields of one Kubernetes object, recording a located problem (or warning) instead of
 * stopping, so that one pass reports everything wrong with a manifest.
 *
 * <p>Fields are named by their path in messages ({@code spec.template.spec.containers[0].image}). An absent
 * field and a field set to {@code null} are the same, as in the API: the default applies. Unknown fields are
 * never looked at, so they are ignored. Scalars are judged by their text, so {@code replicas: "3"} is read as
 * 3. Not thread-safe: one instance per object.
 */
final class ManifestFields extends NodeReader {

    private static final Pattern DNS_SUBDOMAIN = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private final List<ScenarioProblem> warnings = new ArrayList<>();

    /** Records a warning: something left out of the simulation, not an error. */
    void warning(SourceLocation where, String message) {
        warnings.add(new ScenarioProblem(where, message));
    }

    /** The warnings recorded so far. */
    List<ScenarioProblem> warnings() {
        return List.copyOf(warnings);
    }

    /** The problems recorded so far (empty when there are none). */
    List<ScenarioProblem> problems() {
        try {
            throwIfProblems();
            return List.of();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }

    /** The value of {@code key}, or null when it is absent or null. */
    static YamlNode field(YamlNode.Mapping parent, String key) {
        YamlNode.Entry entry = parent == null ? null : parent.get(key);
        if (entry == null || entry.value() instanceof YamlNode.Scalar scalar && scalar.text() == null) {
            return null;
        }
        return entry.value();
    }

    /** {@code prefix.key}, or {@code key} alone when the prefix is empty. */
    static String path(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** Records that {@code path} is missing from {@code parent}; {@code expected} says what belongs there. */
    void missing(YamlNode.Mapping parent, String path, String expected) {
        problem(parent.where(), path + ": missing; expected " + expected);
    }

    /** The map at {@code key}, or null when absent (no problem) or not a map (a problem). */
    YamlNode.Mapping optionalMap(YamlNode.Mapping parent, String key, String path) {
        YamlNode node = field(parent, key);
        return node == null ? null : mapping(path, node);
    }

    /** The map at {@code key}, or null after a problem. */
    YamlNode.Mapping requiredMap(YamlNode.Mapping parent, String key, String path, String what) {
        if (field(parent, key) == null) {
            missing(parent, path, what);
            return null;
        }
        return optionalMap(parent, key, path);
    }

    /** The list at {@code key}; empty when absent, null after a problem. */
    List<YamlNode> optionalList(YamlNode.Mapping parent, String key, String path, String example) {
        YamlNode node = field(parent, key);
        return node == null ? List.of() : list(path, node, example);
    }

    /** Text at {@code key}, possibly empty; {@code fallback} when absent or after a problem. */
    String string(YamlNode.Mapping parent, String key, String path, String fallback) {
        YamlNode node = field(parent, key);
        if (node == null) {
            return fallback;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.text();
        }
        problem(node.where(), path + ": expected text, found " + node.kind());
        return fallback;
    }

    /**
     * A quantity at {@code key}: CPU in millicores when {@code milliCpu}, else whole units (bytes, pods); -1
     * when absent or after a problem.
     */
    long quantity(YamlNode.Mapping parent, String key, String path, boolean milliCpu) {
        YamlNode node = field(parent, key);
        if (node == null) {
            return -1;
        }
        if (!(node instanceof YamlNode.Scalar scalar)) {
            problem(node.where(), path + ": expected a quantity such as " + (milliCpu ? "500m or 2" : "128Mi or 1Gi")
                    + ", found " + node.kind());
            return -1;
        }
        try {
            return milliCpu ? Quantities.milliCpu(scalar.text()) : Quantities.units(scalar.text());
        } catch (IllegalArgumentException e) {
            problem(node.where(), path + ": " + e.getMessage());
            return -1;
        }
    }

    /** Text at {@code key}, or null after a problem (missing or not text). */
    String requiredString(YamlNode.Mapping parent, String key, String path, String what) {
        YamlNode node = field(parent, key);
        if (node == null) {
            missing(parent, path, what);
            return null;
        }
        return text(path, node);
    }

    /** Text at {@code key} that is one of {@code allowed}; {@code fallback} when absent or after a problem. */
    String oneOf(YamlNode.Mapping parent, String key, String path, List<String> allowed, String fallback) {
        String value = string(parent, key, path, null);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            problem(field(parent, key).where(), path + ": '" + value + "' is not supported"
                    + Suggestions.didYouMean(value, allowed) + "; expected one of: " + String.join(", ", allowed));
            return fallback;
        }
        return value;
    }

    /** A whole number at {@code key} from {@code min} to {@code max}; {@code fallback} if absent or wrong. */
    int wholeNumber(YamlNode.Mapping parent, String key, String path, int fallback, int min, int max) {
        YamlNode node = field(parent, key);
        if (node == null) {
            return fallback;
        }
        Long value = integer(path, node, String.valueOf(Math.max(min, Math.min(max, 3))));
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            problem(node.where(), path + ": " + value + " is out of range; expected "
                    + (max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max));
            return fallback;
        }
        return value.intValue();
    }

    /** {@code true} or {@code false} at {@code key}; {@code fallback} when absent or after a problem. */
    boolean flag(YamlNode.Mapping parent, String key, String path, boolean fallback) {
        YamlNode node = field(parent, key);
        if (node == null) {
            return fallback;
        }
        if (node instanceof YamlNode.Scalar scalar && ("true".equals(scalar.text()) || "false".equals(scalar.text()))) {
            return Boolean.parseBoolean(scalar.text());
        }
        problem(node.where(), path + ": expected true or false, found " + node.kind());
        return fallback;
    }

    /** A map of text to text at {@code key} (labels, selectors); empty when absent or after a problem. */
    Map<String, String> stringMap(YamlNode.Mapping parent, String key, String path) {
        YamlNode.Mapping map = optionalMap(parent, key, path);
        Map<String, String> values = new LinkedHashMap<>();
        if (map == null) {
            return values;
        }
        for (YamlNode.Entry entry : map.entries().values()) {
            if (entry.value() instanceof YamlNode.Scalar scalar) {
                values.put(entry.key(), scalar.text() == null ? "" : scalar.text());
            } else {
                problem(entry.value().where(), path + "." + entry.key() + ": expected text, found "
                        + entry.value().kind());
            }
        }
        return values;
    }

    /** Checks {@code name} is a DNS subdomain (or, with {@code label}, a DNS label) as the API requires. */
    void checkName(String name, YamlNode node, String path, boolean label) {
        boolean ok = label ? name.length() <= 63 && DNS_LABEL.matcher(name).matches()
                : name.length() <= 253 && DNS_SUBDOMAIN.matcher(name).matches();
        if (!ok) {
            problem(node.where(), path + ": '" + name + "' is not a valid name; use at most " + (label ? 63 : 253)
                    + " lower-case letters a-z, digits and '-'" + (label ? "" : " or '.'")
                    + ", starting and ending with a letter or digit");
        }
    }
}
