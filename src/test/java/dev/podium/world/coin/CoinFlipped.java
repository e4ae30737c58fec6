package dev.podium.world.coin;

import dev.podium.timeline.WorldEvent;

/** The throwaway world's one event: a coin came down heads or tails. */
public record CoinFlipped(long timeNanos, boolean heads) implements WorldEvent {
}
