package dev.podium.scenario;

import java.util.List;
import java.util.Map;

/**
 * What a {@link LogImporter} read from a log.
 *
 * @param world the name of the world whose events it produced
 * @param figures the summary as named values, in a fixed order, for {@code podium import --json} (numbers, strings)
 * @param report the summary as lines of text for people
 * @param warnings where reading stopped or what was cut off, each naming {@code file:line}
 * @param unplayable null when the events make a recording that plays; otherwise why they do not (e.g. a trace whose
 *     world has no events to hold it yet)
 */
public record LogImport(String world, Map<String, Object> figures, List<String> report, List<String> warnings,
        String unplayable) {
    public LogImport {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        report = List.copyOf(report);
        warnings = List.copyOf(warnings);
    }

    /** Whether the events make a recording that plays in the world's views. */
    public boolean playable() {
        return unplayable == null;
    }
}
