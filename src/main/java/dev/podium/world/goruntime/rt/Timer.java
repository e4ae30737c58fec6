package dev.podium.world.goruntime.rt;

/**
 * A {@code *time.Timer} or {@code *time.Ticker}, created by the runtime ({@link Op.NewTimer}, {@link Op.AfterFunc}).
 */
public final class Timer {
    private final Hchan c;
    /** Id in events (from 1). */
    final long id;
    long when;
    long periodNanos;
    boolean active;
    dev.podium.engine.EventHandle handle;
    /** The P whose heap holds it; readied goroutines go there. */
    P owner;
    /** What firing does besides sending on {@link #c}: wake a sleeper, start AfterFunc's goroutine, or cancel. */
    G sleeper;
    GoBody afterFunc;
    String afterFuncName;
    int line;
    Context context;

    /** A timer without an id (kept for the interpreter's test stand-in runtime). */
    Timer(Hchan c) {
        this(0, c);
    }

    Timer(long id, Hchan c) {
        this.id = id;
        this.c = c;
    }

    /** {@code t.C}: a channel of capacity 1 that receives the firing time; null for AfterFunc timers. */
    public Hchan channel() {
        return c;
    }
}
