package dev.podium.ui.queue;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.world.Inspection;
import dev.podium.world.queue.QueueState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the inspector's view of a clicked customer or server from the state at the playhead. Field
 * names are code-like identifiers; times are formatted durations since the start of the run. Servers
 * are numbered from 1, as on the stage. Toolkit-free.
 */
final class QueueInspector {

    Inspection inspect(StageHit hit, QueueState state, ArrivalLog arrivals, long nowNanos) {
        if (hit.kind() == StageHit.Kind.SERVER) {
            return server(hit.server(), state, arrivals, nowNanos);
        }
        return customer(hit, state, arrivals, nowNanos);
    }

    private static Inspection server(int server, QueueState state, ArrivalLog arrivals, long now) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        QueueState.InService in = state.atServer(server);
        f.add(Map.entry("server", Integer.toString(server + 1)));
        f.add(Map.entry("state", in == null ? "idle" : "busy"));
        if (in != null) {
            f.add(Map.entry("customer", Long.toString(in.customer())));
            addService(f, in, arrivals, now);
        }
        if (server >= state.servers()) {
            f.add(Map.entry("note", "removed; finishing its last customer"));
        }
        return new Inspection("Server " + (server + 1), f);
    }

    private static Inspection customer(StageHit hit, QueueState state, ArrivalLog arrivals, long now) {
        long c = hit.customer();
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("customer", Long.toString(c)));
        long arrived = arrivals.arrivedAt(c);
        switch (hit.kind()) {
            case WAITING -> {
                f.add(Map.entry("state", "waiting"));
                f.add(Map.entry("position", Integer.toString(positionInLine(state, c))));
                f.add(Map.entry("arrived", time(arrived)));
                f.add(Map.entry("waited", arrived < 0 ? "unknown" : SimDurations.readable(now - arrived)));
            }
            case SERVING -> {
                f.add(Map.entry("state", "in service"));
                f.add(Map.entry("server", Integer.toString(hit.server() + 1)));
                QueueState.InService in = state.atServer(hit.server());
                if (in != null && in.customer() == c) {
                    addService(f, in, arrivals, now);
                }
            }
            case LEAVING, REJECTED -> {
                QueueState.Departure d = departure(state, c);
                boolean rejected = hit.kind() == StageHit.Kind.REJECTED;
                f.add(Map.entry("state", rejected ? "turned away" : "left"));
                f.add(Map.entry("arrived", time(arrived)));
                if (!rejected) {
                    f.add(Map.entry("server", Integer.toString(hit.server() + 1)));
                    if (d != null) {
                        f.add(Map.entry("left", time(d.timeNanos())));
                        f.add(Map.entry("inSystem", arrived < 0 ? "unknown"
                                : SimDurations.readable(d.timeNanos() - arrived)));
                    }
                }
            }
            default -> throw new IllegalStateException("not a customer: " + hit.kind());
        }
        return new Inspection("Customer " + c, f);
    }

    private static void addService(List<Map.Entry<String, String>> f, QueueState.InService in, ArrivalLog arrivals,
            long now) {
        long arrived = arrivals.arrivedAt(in.customer());
        f.add(Map.entry("arrived", time(arrived)));
        f.add(Map.entry("waited", arrived < 0 ? "unknown" : SimDurations.readable(in.startedNanos() - arrived)));
        f.add(Map.entry("serviceTime", SimDurations.readable(in.serviceNanos())));
        f.add(Map.entry("elapsed", SimDurations.readable(Math.max(0, Math.min(in.serviceNanos(),
                now - in.startedNanos())))));
    }

    private static int positionInLine(QueueState state, long customer) {
        int i = 1;
        for (QueueState.Waiting w : state.waiting()) {
            if (w.customer() == customer) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static QueueState.Departure departure(QueueState state, long customer) {
        for (QueueState.Departure d : state.recentDepartures()) {
            if (d.customer() == customer) {
                return d;
            }
        }
        return null;
    }

    private static String time(long tNanos) {
        return tNanos < 0 ? "unknown" : "t = " + SimDurations.readable(tNanos);
    }
}
