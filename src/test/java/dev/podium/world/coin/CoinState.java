package dev.podium.world.coin;

/** How many heads and tails so far. Mutable; copied for checkpoints. */
public final class CoinState {
    int heads;
    int tails;

    public int heads() {
        return heads;
    }

    public int tails() {
        return tails;
    }
}
