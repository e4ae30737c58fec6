package dev.podium.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One typed, ranged value a world reads from a scenario: a verb's argument, a world parameter, a benchmark option.
 * The range is written once here and serves validation at load time, the value read when the action runs, and the
 * dialog that asks for it in the app (which shows the range and checks the text with {@link #read}).
 *
 * <p>Ranges are inclusive, except that {@link #positive} excludes 0. Reading an absent value gives the default
 * ({@code null} for a required argument: {@link Verb#check} reports it missing before anything reads it).
 * Immutable and thread-safe.
 *
 * @param <T> the Java type of the value: Double, Integer, Long (nanoseconds or millicores), String or Boolean
 */
public final class Arg<T> {
    /** What kind of value, for dialogs and documentation. */
    public enum Kind { NUMBER, INTEGER, DURATION, MILLI_CPU, TEXT, CHOICE, FLAG }

    @FunctionalInterface
    private interface Reader<T> {
        T read(Arg<T> arg, Params params) throws ScenarioException;
    }

    private final String name;
    private final Kind kind;
    private final double min;
    private final double max;
    private final boolean minExclusive;
    private final List<String> choices;
    private final T defaultValue;
    private final boolean required;
    private final String hint;
    private final Reader<T> reader;

    private Arg(String name, Kind kind, double min, double max, boolean minExclusive, List<String> choices,
                T defaultValue, boolean required, String hint, Reader<T> reader) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.minExclusive = minExclusive;
        this.choices = List.copyOf(choices);
        this.defaultValue = defaultValue;
        this.required = required;
        this.hint = hint;
        this.reader = reader;
    }

    /** A number within [min, max]. */
    public static Arg<Double> number(String name, double min, double max, double defaultValue) {
        return new Arg<>(name, Kind.NUMBER, min, max, false, List.of(), defaultValue, false, null,
                (arg, p) -> p.number(arg.name, arg.defaultValue, arg.min, arg.max));
    }

    /** A number more than 0 and at most {@code max}. */
    public static Arg<Double> positive(String name, double max, double defaultValue) {
        return new Arg<>(name, Kind.NUMBER, 0, max, true, List.of(), defaultValue, false, null, (arg, p) -> {
            double value = p.number(arg.name, arg.defaultValue, 0, arg.max);
            if (p.has(arg.name) && value <= 0) {
                throw new ScenarioException(p.where(arg.name), arg.name + ": must be more than 0 (and at most "
                        + Params.plain(arg.max) + ")");
            }
            return value;
        });
    }

    /** A whole number within [min, max]. */
    public static Arg<Integer> integer(String name, int min, int max, int defaultValue) {
        return new Arg<>(name, Kind.INTEGER, min, max, false, List.of(), defaultValue, false, null,
                (arg, p) -> p.integer(arg.name, arg.defaultValue, (int) arg.min, (int) arg.max));
    }

    /** A duration in nanoseconds within [minNanos, maxNanos], written like {@code 250ms}. */
    public static Arg<Long> duration(String name, long minNanos, long maxNanos, long defaultNanos) {
        return new Arg<>(name, Kind.DURATION, minNanos, maxNanos, false, List.of(), defaultNanos, false, null,
                (arg, p) -> p.durationNanos(arg.name, arg.defaultValue, (long) arg.min, (long) arg.max));
    }

    /** A CPU quantity ({@code 500m}, {@code 2}) in millicores within [min, max]. */
    public static Arg<Long> milliCpu(String name, long min, long max, long defaultValue) {
        return new Arg<>(name, Kind.MILLI_CPU, min, max, false, List.of(), defaultValue, false, null,
                (arg, p) -> p.milliCpu(arg.name, arg.defaultValue, (long) arg.min, (long) arg.max));
    }

    /** Free text, kept as written. */
    public static Arg<String> text(String name, String defaultValue) {
        return new Arg<>(name, Kind.TEXT, 0, 0, false, List.of(), defaultValue, false, null,
                (arg, p) -> p.text(arg.name, arg.defaultValue));
    }

    /** One of {@code choices}, compared exactly. */
    public static Arg<String> choice(String name, String defaultValue, String... choices) {
        return new Arg<>(name, Kind.CHOICE, 0, 0, false, List.of(choices), defaultValue, false, null,
                (arg, p) -> p.choice(arg.name, arg.defaultValue, arg.choices.toArray(String[]::new)));
    }

    /** {@code true} or {@code false}. */
    public static Arg<Boolean> flag(String name, boolean defaultValue) {
        return new Arg<>(name, Kind.FLAG, 0, 0, false, List.of("true", "false"), defaultValue, false, null,
                (arg, p) -> "true".equals(p.choice(arg.name, String.valueOf(arg.defaultValue), "true", "false")));
    }

    /** This argument, required: a verb that lacks it (or has it blank) is refused with "needs 'name'". */
    public Arg<T> required() {
        return new Arg<>(name, kind, min, max, minExclusive, choices, defaultValue, true, hint, reader);
    }

    /** This argument, required, with a hint that the "needs" message adds in brackets. */
    public Arg<T> required(String missingHint) {
        return new Arg<>(name, kind, min, max, minExclusive, choices, defaultValue, true, missingHint, reader);
    }

    /** The value in {@code params}, or the default when absent; a malformed or out-of-range value is a problem. */
    public T read(Params params) throws ScenarioException {
        return reader.read(this, params);
    }

    /** The value written as {@code text} (what a dialog field holds), checked like a file's value. */
    public T parse(String text) throws ScenarioException {
        return read(Params.of(java.util.Map.of(name, text.strip())));
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** The smallest value (exclusive when {@link #minExclusive}); 0 for text, choices and flags. */
    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean minExclusive() {
        return minExclusive;
    }

    /** The allowed values of a choice or flag; empty otherwise. */
    public List<String> choices() {
        return choices;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public boolean isRequired() {
        return required;
    }

    /** The bracketed hint of the "needs" message, or null. */
    public String hint() {
        return hint;
    }

    /** The range as the documentation and dialogs say it, e.g. "more than 0, at most 1000000"; "" when none. */
    public String rangeText() {
        return switch (kind) {
            case NUMBER -> (minExclusive ? "more than " : "from ") + Params.plain(min) + (minExclusive ? ", at most "
                    : " to ") + Params.plain(max);
            case INTEGER -> "from " + (long) min + " to " + (long) max;
            case DURATION -> "from " + Durations.format((long) min) + " to " + Durations.format((long) max);
            case MILLI_CPU -> "from " + (long) min + "m to " + (long) max + "m";
            case CHOICE, FLAG -> "one of " + String.join(", ", choices);
            case TEXT -> "";
        };
    }

    @Override
    public String toString() {
        return name + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + (rangeText().isEmpty() ? ""
                : ", " + rangeText()) + (required ? ", required" : "") + ")";
    }
}
