package dev.podium.scenario.goruntime;

import dev.podium.scenario.ProcessOutcome;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.OutputWritten;
import dev.podium.world.goruntime.event.ProgramExited;
import java.util.List;

/** What a Go program printed and how it ended, read from its run's events (or a recording of it). */
final class GoOutcome {
    private GoOutcome() {
    }

    static ProcessOutcome of(List<WorldEvent> events) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int status = 0;
        boolean ended = false;
        for (WorldEvent e : events) {
            if (e instanceof OutputWritten w) {
                (w.fd() == 2 ? err : out).append(w.text());
            } else if (e instanceof ProgramExited x) {
                status = x.status() & 0xff;
                ended = true;
            }
        }
        return new ProcessOutcome(out.toString(), err.toString(), status, ended);
    }
}
