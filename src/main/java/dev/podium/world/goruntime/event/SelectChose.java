package dev.podium.world.goruntime.event;

import java.util.List;

/**
 * A select took case {@code chosen} (source order; -1 for default) when cases {@code ready} were ready (a parked select
 * that was woken has one ready case).
 */
public record SelectChose(long timeNanos, long g, int line, int chosen, List<Integer> ready) implements GoEvent {
}
