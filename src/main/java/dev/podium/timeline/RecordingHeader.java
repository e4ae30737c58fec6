package dev.podium.timeline;

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
 */
public record RecordingHeader(String format, int version, String source, String scenario, long seed, String created) {
    public static final String FORMAT = "podium-recording";
    public static final int VERSION = 1;

    /** The header of a simulation run (no wall-clock field, for determinism). */
    public static RecordingHeader simulation(String scenario, long seed) {
        return new RecordingHeader(FORMAT, VERSION, "simulation", scenario, seed, null);
    }
}
