package dev.podium.world.goruntime.rt;

import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.GoActionIgnored;
import dev.podium.world.goruntime.event.IgnoredReason;
import dev.podium.world.goruntime.event.MState;
import java.util.HashMap;
import java.util.Map;

/**
 * Actions from outside the program on single goroutines, at the kernel's current time: start a goroutine running a
 * top-level function, put a running goroutine into a blocking system call, end a system call early. An action that
 * cannot apply at that instant changes nothing and emits {@link GoActionIgnored} with the reason.
 *
 * <p>A running goroutine has already executed the slice it is in (its end takes effect at the M's next step), so
 * blocking it cuts the slice at now: the slice's pending operation and the CPU time still due are set aside and
 * take effect once the goroutine runs again after the system call. Single-threaded like the runtime.
 */
final class Interventions {
    /** The operation a cut slice ended with and the CPU nanoseconds of it still due. */
    private record Cut(Yield pending, long remainingNanos) {
    }

    private final GoRuntime rt;
    /** Slices cut by blockSyscall, by goid; only looked up, never iterated (determinism). */
    private final Map<Long, Cut> cuts = new HashMap<>();

    Interventions(GoRuntime rt) {
        this.rt = rt;
    }

    /**
     * newproc from outside a running goroutine: a new G for {@code function(args)} on the global run queue, and
     * wakep, as the runtime does for a goroutine no running G created.
     */
    IgnoredReason addGoroutine(String function, Object[] args) {
        if (rt.ended()) {
            return ignored("addGoroutine", 0, IgnoredReason.PROGRAM_ENDED, GStatus.DEAD, function);
        }
        GoBody body = rt.program().function(function, args);
        if (body == null) {
            return ignored("addGoroutine", 0, IgnoredReason.NO_SUCH_FUNCTION, GStatus.DEAD, function);
        }
        G g = rt.newG(0, 0, "podium.addGoroutine", body, "main." + function);
        rt.sched().queues.globrunqput(g);
        P saved = rt.curP;
        rt.curP = null;
        rt.sched().wakep();
        rt.curP = saved;
        return null;
    }

    /** entersyscall for running goroutine {@code goid}, for {@code nanos}; its slice is cut at now. */
    IgnoredReason blockSyscall(long goid, long nanos) {
        G g = rt.g(goid);
        IgnoredReason why = rt.ended() ? IgnoredReason.PROGRAM_ENDED : missing(goid, g);
        if (why == null && g.status == GStatus.SYSCALL) {
            why = IgnoredReason.ALREADY_IN_SYSCALL;
        }
        M m = why == null ? mOf(g, MState.RUNNING) : null;
        if (why == null && (g.status != GStatus.RUNNING || m == null || m.step == null || m.p == null)) {
            why = IgnoredReason.NOT_RUNNING;
        }
        if (why != null) {
            return ignored("blockSyscall", goid, why, rt.status(goid), "");
        }
        long remaining = Math.max(0, m.step.timeNanos() - rt.now());
        rt.kernel().cancel(m.step);
        m.step = null;
        cuts.put(goid, new Cut(m.pending, remaining));
        m.pending = null;
        rt.sched().entersyscall(m, g, Math.max(0, nanos));
        return null;
    }

    /** exitsyscall now for goroutine {@code goid}, whichever way its system call began. */
    IgnoredReason unblockSyscall(long goid) {
        G g = rt.g(goid);
        IgnoredReason why = rt.ended() ? IgnoredReason.PROGRAM_ENDED : missing(goid, g);
        M m = why == null && g.status == GStatus.SYSCALL ? mOf(g, MState.SYSCALL) : null;
        if (why == null && (m == null || m.step == null)) {
            why = IgnoredReason.NOT_IN_SYSCALL;
        }
        if (why != null) {
            return ignored("unblockSyscall", goid, why, rt.status(goid), "");
        }
        rt.kernel().cancel(m.step);
        m.step = null;
        rt.sched().exitsyscall(m, g);
        return null;
    }

    /**
     * If g's last slice was cut by a system call, lets it take effect now on m (its remaining CPU time first)
     * instead of running a new slice.
     *
     * @return whether g had a cut slice
     */
    boolean resumeCut(M m, G g) {
        if (cuts.isEmpty()) {
            return false;
        }
        Cut cut = cuts.remove(g.goid);
        if (cut == null) {
            return false;
        }
        m.pending = cut.pending();
        m.step = rt.kernel().scheduleAt(rt.now() + cut.remainingNanos(), dev.podium.engine.Kernel.NORMAL_PRIORITY,
                () -> rt.slices().step(m));
        return true;
    }

    private IgnoredReason missing(long goid, G g) {
        if (g != null) {
            return null;
        }
        return goid >= 1 && goid <= rt.goroutinesCreated() ? IgnoredReason.FINISHED
                : IgnoredReason.NO_SUCH_GOROUTINE;
    }

    private M mOf(G g, MState state) {
        for (M m : rt.sched().allm) {
            if (m.curg == g && m.state == state) {
                return m;
            }
        }
        return null;
    }

    private IgnoredReason ignored(String action, long goid, IgnoredReason why, GStatus status, String detail) {
        rt.emit(new GoActionIgnored(rt.now(), action, goid, why, status, detail));
        return why;
    }
}
