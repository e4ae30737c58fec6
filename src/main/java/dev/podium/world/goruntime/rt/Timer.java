package dev.podium.world.goruntime.rt;

/** A {@code *time.Timer} or {@code *time.Ticker}, created by the runtime ({@link Op.NewTimer}, {@link Op.AfterFunc}). */
public final class Timer {
    private final Hchan c;

    Timer(Hchan c) {
        this.c = c;
    }

    /** {@code t.C}: a channel of capacity 1 that receives the firing time; null for AfterFunc timers. */
    public Hchan channel() {
        return c;
    }
}
