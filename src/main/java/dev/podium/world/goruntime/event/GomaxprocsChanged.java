package dev.podium.world.goruntime.event;

/** runtime.GOMAXPROCS(n) changed the number of Ps (new ones start idle; Ps beyond n retire). */
public record GomaxprocsChanged(long timeNanos, int gomaxprocs) implements GoEvent {
}
