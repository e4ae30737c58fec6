package dev.podium.world.goruntime.rt;

import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.OutputWritten;
import dev.podium.world.goruntime.event.ProgramExited;
import java.util.List;

/**
 * What a program printed and how it ended: stdout and stderr as written, and the exit with Go's texts for an
 * unrecovered panic, a fatal error and a deadlock (status 2), os.Exit's code, or 0 when main returns. Ending stops
 * sysmon and the kernel. Single-threaded like the kernel.
 */
final class ProgramEnd {
    private final GoRuntime rt;
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private int exitStatus = -1;
    private long endNanos;

    ProgramEnd(GoRuntime rt) {
        this.rt = rt;
    }

    /** What the program printed and its status so far (-1 while it runs). */
    GoRunResult result() {
        return new GoRunResult(stdout.toString(), stderr.toString(), exitStatus, ended() ? endNanos : rt.now());
    }

    boolean ended() {
        return exitStatus >= 0;
    }

    void write(G g, int fd, String text) {
        (fd == 2 ? stderr : stdout).append(text);
        rt.emit(new OutputWritten(rt.now(), g.goid, fd, text));
    }

    /** An unrecovered panic in goroutine g: "panic: ..." and its traceback, status 2. */
    void panic(G g, String message) {
        StringBuilder b = new StringBuilder("panic: ").append(message).append("\n\n");
        Traceback.append(b, g, "running", rt.now(), rt.program().fileName());
        die(b.toString(), 2, "panic");
    }

    /** A fatal error in goroutine g (e.g. "sync: unlock of unlocked mutex"): status 2. */
    void fatal(G g, String message) {
        StringBuilder b = new StringBuilder("fatal error: ").append(message).append("\n\n");
        Traceback.append(b, g, "running", rt.now(), rt.program().fileName());
        die(b.toString(), 2, "fatal");
    }

    /** checkdead found no goroutine that can ever run: every live goroutine's traceback, status 2. */
    void deadlock(List<G> allgs) {
        StringBuilder b = new StringBuilder("fatal error: all goroutines are asleep - deadlock!\n");
        for (G g : allgs) {
            if (g != null && g.status != GStatus.DEAD) {
                b.append('\n');
                Traceback.append(b, g, Traceback.state(g), rt.now(), rt.program().fileName());
            }
        }
        die(b.toString(), 2, "deadlock");
    }

    private void die(String text, int status, String reason) {
        stderr.append(text);
        rt.emit(new OutputWritten(rt.now(), 0, 2, text));
        finish(status, reason);
    }

    /** The program ends now with {@code status}. */
    void finish(int status, String reason) {
        exitStatus = status;
        endNanos = rt.now();
        rt.emit(new ProgramExited(rt.now(), status, reason));
        rt.sched().sysmon.stop();
        rt.kernel().stop();
    }
}
