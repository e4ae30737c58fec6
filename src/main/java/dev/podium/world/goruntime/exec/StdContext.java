package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.rt.Context;
import dev.podium.world.goruntime.rt.Op;
import java.util.Map;

/**
 * package context: derived contexts are the runtime's ({@link Op.NewContext}); cancel functions ask for {@link
 * Op.CancelContext}; Done, Err, Value and Cause read the context as of the start of the slice.
 */
final class StdContext {
    private StdContext() {
    }

    static void register(Map<String, Funcs.Native> r) {
        r.put("context.Background", (m, f, a) -> f.push(new Natives.Ctx(null, "context.Background")));
        r.put("context.TODO", (m, f, a) -> f.push(new Natives.Ctx(null, "context.TODO")));
        r.put("context.WithCancel", (m, f, a) -> m.call(new Op.NewContext(f.line(), Std.ctx(a[0]), -1, null,
                null), Machine.A_CTX_CANCEL));
        r.put("context.WithCancelCause", (m, f, a) -> m.call(new Op.NewContext(f.line(), Std.ctx(a[0]), -1,
                null, null), Machine.A_CTX_CANCEL));
        r.put("context.WithTimeout", (m, f, a) -> m.call(new Op.NewContext(f.line(), Std.ctx(a[0]),
                m.p.now() + (Long) a[1], null, null), Machine.A_CTX_CANCEL));
        r.put("context.WithDeadline", (m, f, a) -> m.call(new Op.NewContext(f.line(), Std.ctx(a[0]),
                ((Natives.Time) a[1]).ns(), null, null), Machine.A_CTX_CANCEL));
        r.put("context.WithValue", (m, f, a) -> {
            if (a[1] == null) {
                throw new GoPanic(GoError.runtime("nil key"));
            }
            m.call(new Op.NewContext(f.line(), Std.ctx(a[0]), -1, a[1], a[2]), Machine.A_CTX);
        });
        r.put("context.WithoutCancel", (m, f, a) -> f.push(new Natives.Ctx(null, "context.WithoutCancel")));
        r.put("context.Cause", (m, f, a) -> {
            Context c = Std.ctx(a[0]);
            Object err = err(c);
            f.push(c != null && c.cause() != null && err != null ? c.cause() : err);
        });
        r.put("context.Context.Done", (m, f, a) -> f.push(done(Std.ctx(a[0]))));
        r.put("context.Context.Err", (m, f, a) -> f.push(err(Std.ctx(a[0]))));
        r.put("context.Context.Value", (m, f, a) -> {
            for (Context c = Std.ctx(a[0]); c != null; c = c.parent()) {
                if (c.key() != null && Values.equal(c.key(), a[1])) {
                    f.push(c.value());
                    return;
                }
            }
            f.push(null);
        });
        r.put("context.Context.Deadline", (m, f, a) -> {
            Context c = Std.ctx(a[0]);
            long dl = c == null ? -1 : c.deadlineNanos();
            f.push(dl < 0 ? Natives.Time.ZERO : new Natives.Time(dl, false));
            f.push(dl >= 0);
        });
    }

    private static Object done(Context c) {
        for (Context x = c; x != null; x = x.parent()) {
            if (x.done() != null) {
                return x.done();
            }
        }
        return null;
    }

    static Object err(Context c) {
        for (Context x = c; x != null; x = x.parent()) {
            switch (x.err()) {
                case CANCELED:
                    return GoError.CANCELED;
                case DEADLINE_EXCEEDED:
                    return GoError.DEADLINE;
                default:
                    if (x.done() != null) {
                        return null;
                    }
            }
        }
        return null;
    }
}
