package dev.podium.world.kube.flow;

import dev.podium.world.kube.flow.event.ClientSampled;
import dev.podium.world.kube.flow.event.ClientThrottled;
import dev.podium.world.kube.flow.event.ClientWorkersChanged;
import dev.podium.world.kube.flow.event.FlowEvent;
import dev.podium.world.kube.flow.event.FlowStarted;
import dev.podium.world.kube.flow.event.LeaderElectionStarted;
import dev.podium.world.kube.flow.event.LeaderReconciled;
import dev.podium.world.kube.flow.event.LeaderStopped;
import dev.podium.world.kube.flow.event.LeaseAcquired;
import dev.podium.world.kube.flow.event.LeaseRenewed;
import dev.podium.world.kube.flow.event.PriorityLevelSampled;
import dev.podium.world.kube.flow.event.RequestRejected;
import java.util.ArrayDeque;

/** Folds {@link FlowEvent}s into a {@link FlowState}, one small case per kind. Pure. */
public final class FlowFold {
    private FlowFold() {
    }

    /** Applies {@code e} to {@code s}. */
    public static void apply(FlowState s, FlowEvent e) {
        if (e instanceof FlowStarted f) {
            s.started = f;
        } else if (e instanceof ClientThrottled t) {
            keep(s.throttled, t);
            s.lastThrottled.put(t.client(), t);
        } else if (e instanceof RequestRejected r) {
            keep(s.rejected, r);
        } else if (e instanceof ClientSampled c) {
            s.clients.put(c.client(), c);
            s.workers.put(c.client(), c.workers());
        } else if (e instanceof PriorityLevelSampled p) {
            s.levels.put(p.level(), p);
        } else if (e instanceof ClientWorkersChanged w) {
            s.workers.put(w.client(), w.workers());
        } else if (e instanceof LeaderElectionStarted l) {
            s.election = l;
        } else if (e instanceof LeaseAcquired a) {
            acquired(s, a);
        } else if (e instanceof LeaseRenewed r) {
            s.renewNanos = r.timeNanos();
        } else if (e instanceof LeaderStopped x) {
            s.stopped.add(x.candidate());
        } else if (e instanceof LeaderReconciled r) {
            s.reconciles++;
            s.lastReconcileNanos = r.timeNanos();
        }
    }

    private static void acquired(FlowState s, LeaseAcquired a) {
        s.holder = a.holder();
        s.renewNanos = a.timeNanos();
        s.acquiredNanos = a.timeNanos();
        s.transitions = a.transitions();
        if (!a.previousHolder().isEmpty()) {
            s.takeover = a;
        }
    }

    private static <T> void keep(ArrayDeque<T> lines, T line) {
        lines.addLast(line);
        while (lines.size() > FlowState.LINES) {
            lines.removeFirst();
        }
    }
}
