package dev.podium.world.coin;

import dev.podium.timeline.Projection;
import dev.podium.timeline.WorldEvent;

/** Counts heads and tails. */
public final class CoinProjection implements Projection<CoinState> {
    @Override
    public CoinState initial() {
        return new CoinState();
    }

    @Override
    public void apply(CoinState state, WorldEvent event) {
        if (event instanceof CoinFlipped flip) {
            if (flip.heads()) {
                state.heads++;
            } else {
                state.tails++;
            }
        }
    }

    @Override
    public CoinState copy(CoinState state) {
        CoinState copy = new CoinState();
        copy.heads = state.heads;
        copy.tails = state.tails;
        return copy;
    }
}
