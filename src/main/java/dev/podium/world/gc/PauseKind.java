package dev.podium.world.gc;

/**
 * The kinds of G1 stop-the-world pause (g1GCPauseType.hpp), with the name the JVM's {@code -Xlog:gc} prints.
 * Young pauses collect eden and survivor regions; mixed pauses also some old regions; Remark and Cleanup belong
 * to the concurrent cycle; a Full GC compacts the whole heap.
 */
public enum PauseKind {
    YOUNG("Pause Young (Normal)"),
    CONCURRENT_START("Pause Young (Concurrent Start)"),
    PREPARE_MIXED("Pause Young (Prepare Mixed)"),
    MIXED("Pause Young (Mixed)"),
    REMARK("Pause Remark"),
    CLEANUP("Pause Cleanup"),
    FULL("Pause Full");

    private final String logName;

    PauseKind(String logName) {
        this.logName = logName;
    }

    /** As {@code -Xlog:gc} prints it, e.g. {@code Pause Young (Normal)}. */
    public String logName() {
        return logName;
    }

    /** Whether the pause evacuates the young regions (young, concurrent start, prepare mixed, mixed). */
    public boolean evacuatesYoung() {
        return this == YOUNG || this == CONCURRENT_START || this == PREPARE_MIXED || this == MIXED;
    }

    /** The family a view colours it by: young, mixed, full, or the concurrent cycle's remark and cleanup. */
    public Family family() {
        return switch (this) {
            case YOUNG, CONCURRENT_START, PREPARE_MIXED -> Family.YOUNG;
            case MIXED -> Family.MIXED;
            case REMARK, CLEANUP -> Family.CONCURRENT_CYCLE;
            case FULL -> Family.FULL;
        };
    }

    /** What a pause is, broadly. */
    public enum Family { YOUNG, MIXED, CONCURRENT_CYCLE, FULL }
}
