package dev.podium.world.gc;

/**
 * A Go GC cycle began: the heap reached the pacer's trigger (or {@code runtime.GC()} forced it). Sweep termination
 * (a short stop-the-world) follows at once, then concurrent marking on a quarter of {@code GOMAXPROCS}, with mark
 * assists taking more from the allocating goroutines when the heap would otherwise pass its goal.
 *
 * @param heapLiveBytes heap in use at the trigger
 * @param goalBytes the heap goal: the last marked heap times (1 + GOGC/100), or less under {@code GOMEMLIMIT}
 * @param triggerBytes the trigger the pacer set for this cycle
 * @param assistPerMille CPU the allocating goroutines give to marking while it runs, per mille of all CPU, on top of
 *     the dedicated workers' 250
 */
public record GoGcCycleStarted(long timeNanos, int gcId, GcCause cause, long heapLiveBytes, long goalBytes,
        long triggerBytes, int assistPerMille) implements GcEvent {
}
