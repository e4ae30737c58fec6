package dev.podium.scenario;

import java.util.Map;
import java.util.Objects;

/**
 * One timed input of a scenario: at {@code atNanos} of simulated time, do {@code verb} to {@code target}
 * with {@code args}, and show the narration {@code say}.
 *
 * <p>{@code target} is {@code ""} when the action has none; {@code say} is {@link LocalizedText#empty()}
 * when it does not narrate; {@code args} is {@link Params#empty()} when it takes no arguments. The verbs a
 * world knows, and their arguments, are its {@link World#verbs()}; {@value #SAY} only narrates, in every
 * world; {@value #ASK} pauses the run with its {@code question} (null for every other verb). {@code where} is
 * the action's place in its file, or {@code <user>} for an action added while watching. Immutable.
 */
public record TimedAction(long atNanos, String verb, String target, Params args, LocalizedText say,
                          SourceLocation where, Question question) {
    /** The verb every world knows: it only narrates. */
    public static final String SAY = "say";
    /** The verb every world knows: it pauses the run and asks the class {@link #question()}. */
    public static final String ASK = "ask";

    /** Checks every part is present and the time is not negative. */
    public TimedAction {
        if (atNanos < 0) {
            throw new IllegalArgumentException("atNanos must be >= 0: " + atNanos);
        }
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(say, "say");
        Objects.requireNonNull(where, "where");
        if (verb.equals(ASK) != (question != null)) {
            throw new IllegalArgumentException("an ask action, and only an ask action, has a question");
        }
    }

    /** An action that asks nothing. */
    public TimedAction(long atNanos, String verb, String target, Params args, LocalizedText say,
                       SourceLocation where) {
        this(atNanos, verb, target, args, say, where, null);
    }

    /** An action the user takes while watching, at {@code atNanos}, with no target and no narration. */
    public static TimedAction byUser(long atNanos, String verb, Map<String, String> args) {
        return byUser(atNanos, verb, "", args);
    }

    /** An action the user takes while watching, on {@code target}, with no narration. */
    public static TimedAction byUser(long atNanos, String verb, String target, Map<String, String> args) {
        return new TimedAction(atNanos, verb, target, Params.of(args), LocalizedText.empty(),
                new SourceLocation("<user>", 0, 0));
    }
}
