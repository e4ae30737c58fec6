package dev.podium.timeline;

import java.util.List;

/**
 * Line 1 of a recording.
 *
 * @param format always {@value #FORMAT}
 * @param version format version, {@value #VERSION}
 * @param source {@code simulation}, {@code live} or {@code import}
 * @param scenario the scenario's name, or the context name for live sessions
 * @param seed the simulation seed (0 for live and import)
 * @param created ISO-8601 wall time of the recording, or null. Simulations leave it out so that the
 *     same scenario and seed give a byte-identical file.
 * @param worlds the worlds whose events the recording holds, in display order (since version 2); empty when the
 *     header does not say (a version-1 file: readers then find the worlds from the events)
 */
public record RecordingHeader(String format, int version, String source, String scenario, long seed, String created,
                              List<String> worlds) {
    public static final String FORMAT = "podium-recording";
    /** The version written: 2 names the worlds. */
    public static final int VERSION = 2;
    /** The oldest version read: 1, which did not name the worlds. */
    public static final int OLDEST_VERSION = 1;

    public RecordingHeader {
        worlds = List.copyOf(worlds);
    }

    /** A header that does not name its worlds. */
    public RecordingHeader(String format, int version, String source, String scenario, long seed, String created) {
        this(format, version, source, scenario, seed, created, List.of());
    }

    /** The header of a simulation run of {@code worlds} (no wall-clock field, for determinism). */
    public static RecordingHeader simulation(String scenario, long seed, List<String> worlds) {
        return new RecordingHeader(FORMAT, VERSION, "simulation", scenario, seed, null, worlds);
    }

    /** The header of a simulation run that does not name its worlds. */
    public static RecordingHeader simulation(String scenario, long seed) {
        return simulation(scenario, seed, List.of());
    }
}
