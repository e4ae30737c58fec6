package dev.podium.world.kube.spec;

/** CPU in millicores and memory in bytes (requests or limits or capacity). */
public record Resources(long milliCpu, long memoryBytes) {
    public static final Resources NONE = new Resources(0, 0);

    public Resources plus(Resources other) {
        return new Resources(milliCpu + other.milliCpu, memoryBytes + other.memoryBytes);
    }
}
