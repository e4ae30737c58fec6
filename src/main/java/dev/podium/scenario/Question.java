package dev.podium.scenario;

import java.util.List;
import java.util.Objects;

/**
 * What an {@code ask} action asks: a question with options in each language, the right option, and the
 * explanation narrated after the teacher reveals it. Immutable.
 *
 * @param text the question
 * @param options two to {@value #MAX_OPTIONS} choices, in the order the class sees them (keys 1, 2, …)
 * @param answer the index of the right option, from 0
 * @param explain why that is the answer; narrated when the run continues
 */
public record Question(LocalizedText text, List<LocalizedText> options, int answer, LocalizedText explain) {
    /** Options are picked with the number keys 1 to 9. */
    public static final int MAX_OPTIONS = 9;

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(explain, "explain");
        options = List.copyOf(options);
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("2 to " + MAX_OPTIONS + " options, not " + options.size());
        }
        if (answer < 0 || answer >= options.size()) {
            throw new IllegalArgumentException("answer " + answer + " is not one of " + options.size() + " options");
        }
    }
}
