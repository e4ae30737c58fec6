package dev.podium.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A question a scenario's {@code ask} puts to the class: the run pauses here, the class predicts, the teacher
 * reveals {@code answer}. Belongs to no world, like {@link Narrated}; the explanation follows as a {@link Narrated}
 * one nanosecond later, so a playhead stopped at the question does not give the answer away.
 *
 * @param timeNanos when the question is asked, in simulated nanoseconds
 * @param question the question by language tag ({@code en}, {@code zh-CN}), sorted so recordings are byte-stable
 * @param options the choices in order, each by language tag
 * @param answer the index of the right option in {@code options}, from 0
 */
public record Asked(long timeNanos, Map<String, String> question, List<Map<String, String>> options, int answer)
        implements WorldEvent {
    public Asked {
        question = sorted(question);
        List<Map<String, String>> copy = new ArrayList<>();
        options.forEach(option -> copy.add(sorted(option)));
        options = Collections.unmodifiableList(copy);
        if (answer < 0 || answer >= options.size()) {
            throw new IllegalArgumentException("answer " + answer + " is not one of " + options.size() + " options");
        }
    }

    /** The question in {@code languageTag}, else English, else any. */
    public String questionIn(String languageTag) {
        return Narrated.pick(question, languageTag);
    }

    /** Option {@code index} in {@code languageTag}, else English, else any. */
    public String optionIn(int index, String languageTag) {
        return Narrated.pick(options.get(index), languageTag);
    }

    private static Map<String, String> sorted(Map<String, String> text) {
        return Collections.unmodifiableMap(new TreeMap<>(text));
    }
}
