package dev.podium.world.gc;

/** Why a pause happened, with the cause text the JVM logs (gcCause.cpp); Remark and Cleanup have none. */
public enum GcCause {
    EVACUATION("G1 Evacuation Pause"),
    HUMONGOUS_ALLOCATION("G1 Humongous Allocation"),
    COMPACTION("G1 Compaction Pause"),
    SYSTEM_GC("System.gc()"),
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
