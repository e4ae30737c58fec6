package dev.podium.world.gc;

/** Why a pause or a ZGC cycle happened, with the cause text the JVM logs (gcCause.cpp); Remark and Cleanup have none. */
public enum GcCause {
    EVACUATION("G1 Evacuation Pause"),
    HUMONGOUS_ALLOCATION("G1 Humongous Allocation"),
    COMPACTION("G1 Compaction Pause"),
    SYSTEM_GC("System.gc()"),
    ALLOCATION_FAILURE("Allocation Failure"),
    ERGONOMICS("Ergonomics"),
    /** ZGC's cycle rules (zDirector.cpp) and its stall. */
    Z_WARMUP("Warmup"),
    Z_ALLOCATION_RATE("Allocation Rate"),
    Z_ALLOCATION_STALL("Allocation Stall"),
    /** The Go GC's triggers (mgc.go gcTrigger): the heap reached the pacer's trigger, or runtime.GC(). */
    GO_HEAP_TRIGGER("heap trigger"),
    GO_FORCED("forced"),
    NONE("");

    private final String logText;

    GcCause(String logText) {
        this.logText = logText;
    }

    /** As the JVM logs it, e.g. {@code G1 Evacuation Pause}; empty for {@link #NONE}. */
    public String logText() {
        return logText;
    }
}
