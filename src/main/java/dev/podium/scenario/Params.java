package dev.podium.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An immutable map of named values from a scenario file (world {@code params} or an action's arguments),
 * each kept as the text written in the file together with its {@link SourceLocation}, so that the code
 * that finally interprets a value can report a problem at the right line and column.
 *
 * <p>The typed getters return a default when the name is absent and throw a {@link ScenarioException}
 * located at the value when it is present but malformed or out of range. Ranges are inclusive. Names
 * iterate in sorted order. Equality compares names and texts, not locations. Thread-safe.
 */
public final class Params {

    /** One value: its text as written, where the text was written and where its name was written. */
    record Value(String text, SourceLocation where, SourceLocation nameWhere) {
        Value {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(nameWhere, "nameWhere");
        }
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private static final Params EMPTY = new Params(new TreeMap<>());

    private final SortedMap<String, Value> values;

    private Params(SortedMap<String, Value> values) {
        this.values = Collections.unmodifiableSortedMap(values);
    }

    /** No values. */
    public static Params empty() {
        return EMPTY;
    }

    /** Values created in code (for actions the user adds while watching), located at {@code <user>}. */
    public static Params of(Map<String, String> plain) {
        SortedMap<String, Value> map = new TreeMap<>();
        plain.forEach((name, text) -> map.put(Objects.requireNonNull(name, "name"), new Value(text,
                SourceLocation.USER, SourceLocation.USER)));
        return new Params(map);
    }

    /** Values read from a file, each with its location. */
    static Params located(Map<String, Value> located) {
        return located.isEmpty() ? EMPTY : new Params(new TreeMap<>(located));
    }

    /** The names present, sorted. */
    public Set<String> names() {
        return values.keySet();
    }

    /** Whether {@code name} is present. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * Where the value of {@code name} was written, or {@code null} when it is absent: for a world's own checks
     * across values (a problem located at one of them).
     */
    public SourceLocation where(String name) {
        Value value = values.get(name);
        return value == null ? null : value.where();
    }

    /** A duration in nanoseconds (written like {@code 250ms}), or {@code defaultNanos} when absent. */
    public long durationNanos(String name, long defaultNanos, long minNanos, long maxNanos)
            throws ScenarioException {
        Value value = values.get(name);
        if (value == null) {
            return defaultNanos;
        }
        String range = "from " + Durations.format(minNanos) + " to " + Durations.format(maxNanos);
        long nanos;
        try {
            nanos = Durations.parseNanos(value.text());
        } catch (IllegalArgumentException e) {
            throw problem(value, name + ": expected a duration " + range + "; " + e.getMessage());
        }
        if (nanos < minNanos || nanos > maxNanos) {
            throw problem(value, name + ": " + value.text() + " is out of range; expected " + range);
        }
        return nanos;
    }

    /** A whole number, or {@code def} when absent. */
    public int integer(String name, int def, int min, int max) throws ScenarioException {
        Value value = values.get(name);
        if (value == null) {
            return def;
        }
        String range = "from " + min + " to " + max;
        long parsed;
        try {
            parsed = Long.parseLong(value.text().strip());
        } catch (NumberFormatException e) {
            throw problem(value, name + ": expected a whole number " + range + ", found '" + value.text() + "'");
        }
        if (parsed < min || parsed > max) {
            throw problem(value, name + ": " + parsed + " is out of range; expected " + range);
        }
        return (int) parsed;
    }

    /** A number such as {@code 0.5} or {@code 1e6}, or {@code def} when absent. NaN and infinities are refused. */
    public double number(String name, double def, double min, double max) throws ScenarioException {
        Value value = values.get(name);
        if (value == null) {
            return def;
        }
        String range = "from " + plain(min) + " to " + plain(max);
        String text = value.text().strip();
        double parsed = NUMBER.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
        if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
            throw problem(value, name + ": expected a number " + range + ", found '" + value.text() + "'");
        }
        if (parsed < min || parsed > max) {
            throw problem(value, name + ": " + value.text().strip() + " is out of range; expected " + range);
        }
        return parsed;
    }

    /** The value as written, or {@code def} when absent. */
    public String text(String name, String def) {
        Value value = values.get(name);
        return value == null ? def : value.text();
    }

    /**
     * A CPU quantity as Kubernetes writes it ({@code 500m}, {@code 0.5}, {@code 2}) in millicores,
     * within [min, max], or {@code def} when absent.
     */
    public long milliCpu(String name, long def, long min, long max) throws ScenarioException {
        Value value = values.get(name);
        if (value == null) {
            return def;
        }
        long parsed;
        try {
            parsed = Quantities.milliCpu(value.text().strip());
        } catch (IllegalArgumentException e) {
            throw problem(value, name + ": " + e.getMessage());
        }
        if (parsed < min || parsed > max) {
            throw problem(value, name + ": " + value.text().strip() + " is out of range; expected " + min + "m to "
                    + max + "m");
        }
        return parsed;
    }

    /** One of {@code allowed} (compared exactly), or {@code def} when absent. */
    public String choice(String name, String def, String... allowed) throws ScenarioException {
        Value value = values.get(name);
        if (value == null) {
            return def;
        }
        if (!Arrays.asList(allowed).contains(value.text())) {
            throw problem(value, name + ": '" + value.text() + "' is not allowed; expected one of: "
                    + String.join(", ", allowed));
        }
        return value.text();
    }

    /**
     * Refuses names other than {@code known}: one problem per unknown name, at that name, naming
     * the expected names (and the closest one when it looks like a typo).
     */
    public void rejectUnknown(String... known) throws ScenarioException {
        List<String> knownNames = Arrays.asList(known);
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Map.Entry<String, Value> entry : values.entrySet()) {
            if (!knownNames.contains(entry.getKey())) {
                String expected = known.length == 0 ? "nothing else is expected here"
                        : "expected " + String.join(", ", known);
                problems.add(new ScenarioProblem(entry.getValue().nameWhere(), "unknown key '" + entry.getKey() + "'"
                        + Suggestions.didYouMean(entry.getKey(), knownNames) + "; " + expected));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    /** Every name with its text, sorted by name, unmodifiable: for writing back and for display. */
    public Map<String, String> asStrings() {
        SortedMap<String, String> strings = new TreeMap<>();
        values.forEach((name, value) -> strings.put(name, value.text()));
        return Collections.unmodifiableSortedMap(strings);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Params that && asStrings().equals(that.asStrings());
    }

    @Override
    public int hashCode() {
        return asStrings().hashCode();
    }

    @Override
    public String toString() {
        return asStrings().toString();
    }

    private static ScenarioException problem(Value value, String message) {
        return new ScenarioException(value.where(), message);
    }

    static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
