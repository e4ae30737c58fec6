package dev.podium.world.goruntime.event;

/**
 * P {@code p} was taken from M {@code fromM} (blocked in a syscall, or sysmon's retake) and given to M {@code toM} (-1:
 * the P went idle) (handoffp).
 */
public record PHandedOff(long timeNanos, int p, int fromM, int toM) implements GoEvent {
}
