package dev.podium.world.goruntime.rt;

import dev.podium.world.goruntime.event.GStatus;
import java.util.List;

/**
 * Goroutine tracebacks as Go 1.23 prints them after a panic or fatal error ({@code goroutine 1 [chan receive]:},
 * one {@code function(...)} and {@code \tfile:line} pair per frame, {@code created by ...}), without the
 * {@code +0x..} program-counter offsets a real binary adds.
 */
final class Traceback {
    private static final long MINUTE = 60_000_000_000L;

    private Traceback() {
    }

    /** The header line of goroutine {@code g}, with {@code state} in brackets (e.g. {@code running}). */
    static String header(G g, String state, long now) {
        StringBuilder b = new StringBuilder("goroutine ").append(g.goid).append(" [").append(state);
        if (g.status == GStatus.WAITING && now - g.waitSince >= MINUTE) {
            b.append(", ").append((now - g.waitSince) / MINUTE).append(" minutes");
        }
        return b.append("]:\n").toString();
    }

    /** What a traceback shows in brackets for a goroutine that is not the one failing. */
    static String state(G g) {
        return g.status == GStatus.WAITING ? g.waitReason : g.status.goName();
    }

    /** Header, frames and creation site of {@code g}. */
    static void append(StringBuilder out, G g, String state, long now, String fileName) {
        out.append(header(g, state, now));
        List<GoBody.StackFrame> frames = g.body.stack();
        for (GoBody.StackFrame f : frames) {
            out.append(f.function()).append(f.function().equals("main.main") ? "()" : "(...)").append('\n');
            out.append('\t').append(f.file()).append(':').append(f.line()).append('\n');
        }
        if (g.goid != 1 && g.creatorFunction != null) {
            out.append("created by ").append(g.creatorFunction);
            if (g.parent > 0) {
                out.append(" in goroutine ").append(g.parent);
            }
            out.append("\n\t").append(fileName).append(':').append(g.createdLine).append('\n');
        }
    }
}
