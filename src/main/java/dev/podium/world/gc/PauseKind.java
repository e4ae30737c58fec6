package dev.podium.world.gc;

/**
 * The kinds of stop-the-world pause, with the name the JVM's {@code -Xlog:gc} prints: G1's (g1GCPauseType.hpp), the
 * Parallel collector's young pause, ZGC's three, and ZGC's allocation stall.
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
    FULL("Pause Full"),
    /** The Parallel collector's young collection (it copies eden and one survivor space to the other). */
    PARALLEL_YOUNG("Pause Young"),
    /** ZGC's three short pauses of a cycle (JDK 17, single generation). */
    Z_MARK_START("Pause Mark Start"),
    Z_MARK_END("Pause Mark End"),
    Z_RELOCATE_START("Pause Relocate Start"),
    /** Not a pause of the collector: ZGC had no free memory, so allocating threads waited for its cycle to end. */
    ALLOCATION_STALL("Allocation Stall"),
    /** The Go GC's two stop-the-world phases (mgc.go), as gctrace's clock fields name them. */
    GO_SWEEP_TERMINATION("sweep termination"),
    GO_MARK_TERMINATION("mark termination");

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
        return this == YOUNG || this == CONCURRENT_START || this == PREPARE_MIXED || this == MIXED
                || this == PARALLEL_YOUNG;
    }

    /** The family a view colours it by: young, mixed, full, or the concurrent cycle's remark and cleanup. */
    public Family family() {
        return switch (this) {
            case YOUNG, CONCURRENT_START, PREPARE_MIXED, PARALLEL_YOUNG -> Family.YOUNG;
            case MIXED -> Family.MIXED;
            case REMARK, CLEANUP, Z_MARK_START, Z_MARK_END, Z_RELOCATE_START, GO_SWEEP_TERMINATION,
                    GO_MARK_TERMINATION -> Family.CONCURRENT_CYCLE;
            case FULL -> Family.FULL;
            case ALLOCATION_STALL -> Family.STALL;
        };
    }

    /** What a pause is, broadly; {@link #STALL} is ZGC's allocation stall, which stops requests like a pause. */
    public enum Family { YOUNG, MIXED, CONCURRENT_CYCLE, FULL, STALL }
}
