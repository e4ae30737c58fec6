package dev.podium.world.coin;

import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;

/** Flips a coin every period with a chance of heads that a verb can change. Kernel thread only. */
public final class CoinModel {
    private final Kernel kernel;
    private final EventSink sink;
    private final long periodNanos;
    private final RandomStream random;
    private int headsPercent;

    public CoinModel(Kernel kernel, EventSink sink, long periodNanos, int headsPercent) {
        this.kernel = kernel;
        this.sink = sink;
        this.periodNanos = periodNanos;
        this.headsPercent = headsPercent;
        this.random = kernel.random("coin");
    }

    public void start() {
        kernel.schedule(periodNanos, this::flip);
    }

    public void setHeadsPercent(int percent) {
        headsPercent = percent;
    }

    private void flip() {
        sink.emit(new CoinFlipped(kernel.now(), random.nextInt(100) < headsPercent));
        kernel.schedule(periodNanos, this::flip);
    }
}
