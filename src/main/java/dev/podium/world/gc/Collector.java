package dev.podium.world.gc;

/**
 * The JVM's garbage collector, as its command-line flag selects it: G1 (the default since JDK 9), the Parallel
 * collector (throughput: stop-the-world young and full collections) and ZGC (concurrent: sub-millisecond pauses).
 */
public enum Collector {
    G1("UseG1GC", "G1"),
    PARALLEL("UseParallelGC", "Parallel"),
    Z("UseZGC", "ZGC"),
    /** Not a JVM: a Go program's runtime and its concurrent mark-sweep collector ({@code runtime: go}). */
    GO("runtime: go", "Go");

    private final String flag;
    private final String displayName;

    Collector(String flag, String displayName) {
        this.flag = flag;
        this.displayName = displayName;
    }

    /** The flag that selects it, without {@code -XX:+}: {@code UseG1GC}. */
    public String flag() {
        return flag;
    }

    /** What people call it: G1, Parallel, ZGC. */
    public String displayName() {
        return displayName;
    }
}
