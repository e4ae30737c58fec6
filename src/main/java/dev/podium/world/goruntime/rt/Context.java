package dev.podium.world.goruntime.rt;

/**
 * A {@code context.Context} other than Background/TODO (which are {@code null}), created by the runtime ({@link
 * Op.NewContext}) so it can cancel the tree and show it. The interpreter reads it without stopping: what it reads
 * is the state at the start of its slice, as a racing read of the real context's fields would be.
 */
public final class Context {
    /** Why a context is done, as {@code ctx.Err()} reports it. */
    public enum Err { NONE, CANCELED, DEADLINE_EXCEEDED }

    private final long id;
    private final Context parent;
    private final Object key;
    private final Object value;
    private final long deadlineNanos;
    Hchan done;
    Err err = Err.NONE;
    Object cause;
    /** Children in creation order, cancelled with this context. */
    java.util.List<Context> children;
    Timer deadlineTimer;
    dev.podium.world.goruntime.event.ContextKind kind;

    Context(long id, Context parent, Object key, Object value, long deadlineNanos) {
        this.id = id;
        this.parent = parent;
        this.key = key;
        this.value = value;
        this.deadlineNanos = deadlineNanos;
    }

    /** The context's id in events (from 1). */
    public long id() {
        return id;
    }

    /** The parent; null when it is Background. */
    public Context parent() {
        return parent;
    }

    /** For WithValue contexts, the key; otherwise null. */
    public Object key() {
        return key;
    }

    /** For WithValue contexts, the value. */
    public Object value() {
        return value;
    }

    /** {@code ctx.Deadline()}: the nearest deadline of this context and its ancestors, or -1 for none. */
    public long deadlineNanos() {
        return deadlineNanos;
    }

    /** {@code ctx.Done()}: closed when the context is cancelled; null for a context that can never be cancelled. */
    public Hchan done() {
        return done;
    }

    /** {@code ctx.Err()}. */
    public Err err() {
        return err;
    }

    /** {@code context.Cause(ctx)}: the cause given to the cancel, or null (then Cause is Err). */
    public Object cause() {
        return cause;
    }
}
