package dev.podium.world.goruntime.rt;

import java.lang.reflect.Field;

/**
 * Test-only access to the runtime's handle constructors and state, for the interpreter's stand-in runtime
 * ({@code exec.TestRuntime}) until the real runtime is merged. Not used by production code.
 */
public final class ExecTestHandles {
    private ExecTestHandles() {
    }

    public static Hchan chan(long id, int capacity) {
        return new Hchan(id, capacity);
    }

    /** Sets {@code len(ch)} as the stand-in runtime's buffer holds it. */
    public static void setLen(Hchan h, int n) {
        try {
            Field f = Hchan.class.getDeclaredField("qcount");
            f.setAccessible(true);
            f.setInt(h, n);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Timer timer(Hchan c) {
        return new Timer(c);
    }

    public static Context context(long id, Context parent, Object key, Object value, long deadline, Hchan done) {
        Context c = new Context(id, parent, key, value, deadline);
        c.done = done;
        return c;
    }

    public static void cancel(Context c, Context.Err err, Object cause) {
        c.err = err;
        c.cause = cause;
    }
}
