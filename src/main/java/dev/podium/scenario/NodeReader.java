package dev.podium.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of {@link YamlNode} values that record a located problem instead of stopping, so one pass
 * over a file reports every problem it can. Each read returns {@code null} (or a fallback) after recording a
 * problem. Not thread-safe: one instance per load.
 */
public class NodeReader {

    /** The most problems reported for one file; the rest are counted in a last line. */
    public static final int MAX_PROBLEMS = 50;

    private final List<ScenarioProblem> problems = new ArrayList<>();

    /** Records a problem. */
    public final void problem(SourceLocation where, String message) {
        problems.add(new ScenarioProblem(where, message));
    }

    /** Records every problem of {@code e}. */
    public final void problems(ScenarioException e) {
        problems.addAll(e.problems());
    }

    /** Whether any problem has been recorded. */
    public final boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws the recorded problems in source order, at most {@value #MAX_PROBLEMS} of them, if any. */
    public final void throwIfProblems() throws ScenarioException {
        if (problems.isEmpty()) {
            return;
        }
        List<ScenarioProblem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> a.where().line() != b.where().line()
                ? Integer.compare(a.where().line(), b.where().line())
                : Integer.compare(a.where().column(), b.where().column()));
        if (sorted.size() > MAX_PROBLEMS) {
            int more = sorted.size() - MAX_PROBLEMS;
            SourceLocation whole = SourceLocation.wholeFile(sorted.get(0).where().file());
            sorted = new ArrayList<>(sorted.subList(0, MAX_PROBLEMS));
            sorted.add(new ScenarioProblem(whole, more + " more problems not shown"));
        }
        throw new ScenarioException(sorted);
    }

    /** Non-empty text, or null after a problem. Numbers and booleans count as their text. */
    public final String text(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text() != null && !scalar.text().isBlank()) {
            return scalar.text();
        }
        problem(node.where(), key + ": expected text, found " + node.kind());
        return null;
    }

    /** A whole number that fits a long, or null after a problem. */
    public final Long integer(String key, YamlNode node, String example) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text() != null) {
            try {
                return Long.parseLong(scalar.text().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(node.where(), key + ": expected a whole number (for example " + example + "), found " + node.kind());
        return null;
    }

    /** A duration in nanoseconds, or null after a problem. */
    public final Long duration(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text() != null) {
            try {
                return Durations.parseNanos(scalar.text());
            } catch (IllegalArgumentException e) {
                problem(node.where(), key + ": " + e.getMessage());
                return null;
            }
        }
        problem(node.where(), key + ": expected a duration such as 30s or 1m30s, found " + node.kind());
        return null;
    }

    /** A list, or null after a problem. */
    public final List<YamlNode> list(String key, YamlNode node, String example) {
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        problem(node.where(), key + ": expected a list such as " + example + ", found " + node.kind());
        return null;
    }

    /** A map, or null after a problem. */
    public final YamlNode.Mapping mapping(String key, YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        problem(node.where(), key + ": expected a map of names to values, found " + node.kind());
        return null;
    }

    /** Text in one language or a map {@code {en: ..., zh-CN: ...}}; empty after a problem. */
    public final LocalizedText localized(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text() != null) {
            return LocalizedText.of(scalar.text(), null);
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problem(node.where(), key + ": expected text, or a map with 'en' and 'zh-CN' text, found " + node.kind());
            return LocalizedText.empty();
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!entry.key().equals("en") && !entry.key().equals("zh-CN")) {
                problem(entry.keyWhere(), key + ": unknown language '" + entry.key() + "'; expected en or zh-CN");
                continue;
            }
            String text = text(key + "." + entry.key(), entry.value());
            if (text != null) {
                byLanguage.put(entry.key(), entry.key().equals("zh-CN") ? CjkSpacing.tidy(text) : text);
            }
        }
        if (mapping.get("en") == null) {
            problem(mapping.where(), key + ": missing 'en' text; English is required, other languages are optional");
        }
        return new LocalizedText(byLanguage);
    }

    /** {@code entries} as located params; values must be plain scalars (numbers, booleans and text). */
    public final Params params(String key, Iterable<YamlNode.Entry> entries) {
        Map<String, Params.Value> values = new LinkedHashMap<>();
        for (YamlNode.Entry entry : entries) {
            if (entry.value() instanceof YamlNode.Scalar scalar && scalar.text() != null) {
                values.put(entry.key(), new Params.Value(scalar.text(), scalar.where(), entry.keyWhere()));
            } else {
                problem(entry.value().where(), key + "." + entry.key() + ": expected a single value (text, number "
                        + "or duration), found " + entry.value().kind());
            }
        }
        return Params.located(values);
    }
}
