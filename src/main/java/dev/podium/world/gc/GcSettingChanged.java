package dev.podium.world.gc;

/**
 * A setting changed while the service runs: {@code MaxGCPauseMillis} (which a real JVM reads only at start; Podium
 * lets a lesson compare two goals on one timeline), or Go's {@code GOGC} and {@code GOMEMLIMIT} (which a Go program
 * may change with debug.SetGCPercent and debug.SetMemoryLimit).
 *
 * @param name the setting, as the JVM or Go spells it
 * @param value its new value as written, e.g. {@code 50}, {@code off}, {@code 300MiB}
 */
public record GcSettingChanged(long timeNanos, String name, String value) implements GcEvent {
}
