package dev.podium.world.goruntime.rt;

import dev.podium.world.goruntime.event.ContextCanceled;
import dev.podium.world.goruntime.event.ContextCreated;
import dev.podium.world.goruntime.event.ContextErr;
import dev.podium.world.goruntime.event.ContextKind;
import java.util.ArrayList;
import java.util.List;

/**
 * context.go's tree (reference §2.6): WithCancel, WithDeadline/WithTimeout (a timer at the deadline, unless the
 * parent's is earlier), WithValue; cancelling closes the done channel and then cancels every descendant, depth
 * first, synchronously, with the same error and cause. Children are cancelled in creation order (Go iterates a
 * map, in random order), and a cancelled child stays in the tree for the views.
 */
final class Contexts {
    private final GoRuntime rt;
    private long nextId = 1;
    /** Every context made, by id - 1, for the actions that name one. */
    private final List<Context> all = new ArrayList<>();

    Contexts(GoRuntime rt) {
        this.rt = rt;
    }

    Context create(G g, Op.NewContext op) {
        Context parent = op.parent();
        ContextKind kind = op.key() != null ? ContextKind.VALUE
                : op.deadlineNanos() >= 0 ? ContextKind.DEADLINE : ContextKind.CANCEL;
        long parentDeadline = parent == null ? -1 : parent.deadlineNanos();
        long deadline = parentDeadline;
        boolean ownTimer = false;
        if (kind == ContextKind.DEADLINE && (parentDeadline < 0 || op.deadlineNanos() < parentDeadline)) {
            deadline = op.deadlineNanos();
            ownTimer = true;
        }
        Context ctx = new Context(nextId++, parent, op.key(), op.value(), deadline);
        all.add(ctx);
        ctx.kind = kind;
        if (kind == ContextKind.VALUE) {
            ctx.done = parent == null ? null : parent.done;
        } else {
            ctx.done = rt.chans().make(g.goid, "struct {}", 0, op.site(), false);
        }
        if (parent != null) {
            if (parent.children == null) {
                parent.children = new ArrayList<>(2);
            }
            parent.children.add(ctx);
        }
        rt.emit(new ContextCreated(rt.now(), ctx.id(), parent == null ? 0 : parent.id(), kind, deadline,
                ctx.done == null ? 0 : ctx.done.id()));
        if (parent != null && parent.err != Context.Err.NONE) {
            cancel(ctx, parent.err == Context.Err.CANCELED ? ContextErr.CANCELED : ContextErr.DEADLINE_EXCEEDED,
                    parent.cause, g.goid);
        } else if (ownTimer) {
            if (deadline <= rt.now()) {
                cancel(ctx, ContextErr.DEADLINE_EXCEEDED, null, g.goid);
            } else {
                ctx.deadlineTimer = rt.timers().forContext(ctx, deadline);
            }
        }
        return ctx;
    }

    /** The context with this id, or null. */
    Context byId(long id) {
        return id >= 1 && id <= all.size() ? all.get((int) (id - 1)) : null;
    }

    /** Cancels ctx (unless already done) and its descendants. */
    void cancel(Context ctx, ContextErr err, Object cause, long byGoid) {
        if (ctx == null || ctx.err != Context.Err.NONE) {
            return;
        }
        ctx.err = err == ContextErr.CANCELED ? Context.Err.CANCELED : Context.Err.DEADLINE_EXCEEDED;
        ctx.cause = cause;
        rt.emit(new ContextCanceled(rt.now(), ctx.id(), err, cause == null ? "" : rt.show(cause)));
        if (ctx.kind != ContextKind.VALUE && ctx.done != null) {
            rt.chans().closeChan(ctx.done, byGoid, 0);
        }
        if (ctx.deadlineTimer != null) {
            rt.timers().cancelContextTimer(ctx.deadlineTimer);
            ctx.deadlineTimer = null;
        }
        if (ctx.children != null) {
            for (Context child : ctx.children) {
                cancel(child, err, cause, byGoid);
            }
        }
    }
}
