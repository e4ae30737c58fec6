package dev.podium.ui.kube;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.world.Inspection;
import dev.podium.world.kube.state.WorkqueueView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The inspector's view of a controller's workqueue: workers, keys waiting, held, delayed, counters. Toolkit-free. */
final class WorkqueueInspection {
    private WorkqueueInspection() {
    }

    static Inspection of(WorkqueueView q, long now) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("controller", q.name()));
        f.add(Map.entry("workers", Integer.toString(q.workers())));
        f.add(Map.entry("queue.depth", Integer.toString(q.queued().size())));
        f.add(Map.entry("queue.keys", q.queued().isEmpty() ? "[]" : String.join(", ", q.queued())));
        for (Map.Entry<Integer, String> w : q.processing().entrySet()) {
            f.add(Map.entry("worker[" + (w.getKey() + 1) + "]", w.getValue()));
        }
        for (Map.Entry<String, Long> d : q.delayed().entrySet()) {
            f.add(Map.entry("delayed." + d.getKey(), "in " + SimDurations.brief(Math.max(0, d.getValue() - now))));
        }
        f.add(Map.entry("reconciles", Long.toString(q.reconciles())));
        f.add(Map.entry("requeues", Long.toString(q.requeues())));
        f.add(Map.entry("deduplicated", Long.toString(q.deduplicated())));
        if (q.lastFinished() != null) {
            f.add(Map.entry("last.observed", q.lastFinished().observed()));
            f.add(Map.entry("last.action", q.lastFinished().action()));
        }
        return new Inspection("Workqueue " + q.name(), f);
    }
}
