package dev.podium.world.goruntime.event;

/**
 * A running goroutine gave up its P: preempted by sysmon after its 10 ms slice, or ({@code gosched}) by
 * runtime.Gosched; it goes to the global queue next.
 */
public record GoroutinePreempted(long timeNanos, long g, int p, boolean gosched) implements GoEvent {
}
