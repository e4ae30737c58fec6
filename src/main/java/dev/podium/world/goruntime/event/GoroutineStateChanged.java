package dev.podium.world.goruntime.event;

/**
 * A goroutine's state (runtime2.go's G states): {@code waitReason} is Go's wait reason for {@link GStatus#WAITING}
 * (else empty), {@code line} the source line it is at, {@code p}/{@code m} the P and M it runs on when RUNNING or
 * SYSCALL (else -1). A goroutine that becomes RUNNING leaves the run queue it was on.
 */
public record GoroutineStateChanged(long timeNanos, long g, GStatus status, String waitReason, int line, int p,
        int m) implements GoEvent {
}
