package dev.podium.ui.kube;

import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.InformerResynced;
import dev.podium.world.kube.event.PodQueued;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodUnschedulable;
import dev.podium.world.kube.event.ReconcileFinished;
import dev.podium.world.kube.event.ReconcileStarted;
import dev.podium.world.kube.event.WatchDropped;
import dev.podium.world.kube.event.WatchEventDelivered;
import dev.podium.world.kube.event.WorkqueueAdded;
import dev.podium.world.kube.event.WorkqueueDeduplicated;
import dev.podium.world.kube.event.WorkqueueDelayed;
import dev.podium.world.kube.event.WorkqueueRequeued;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What moves through one controller's pipeline around the playhead, read from the timeline each frame: keys in
 * flight between stages (a flight starts at its event's time and lasts {@link #HOP_NANOS} per stage), short flashes
 * (a de-duplicated add, a LIST, a dropped watch) and the last reconcile results (observed → action). The scheduler
 * is shown with the same stages: PodQueued is its add, a scheduling cycle its reconcile.
 *
 * <p>Each frame walks back from the playhead over at most {@link #MAX_SCAN} events, so the cost is bounded however
 * busy the cluster is; the timeline is never copied. Toolkit-free; FX thread in practice.
 */
final class ReconcileModel {
    /** Simulated time a key takes to move one stage: slow enough to follow at 1×, the teacher slows further. */
    static final long HOP_NANOS = 400_000_000L;
    static final long FLASH_NANOS = 900_000_000L;
    static final int MAX_SCAN = 4000;
    static final int MAX_FLIGHTS = 40;
    static final int RESULTS = 5;

    /** A key moving from one stage to another; {@code progress} 0–1. */
    record Flight(String label, Stage from, Stage to, double progress, boolean write) {
    }

    /** A short-lived mark on a stage; {@code age} 0–1 of its life. */
    record Flash(Stage stage, String kind, String text, double age) {
    }

    /** One finished reconcile, or {@code repeats} identical ones in a row (the newest one's time). */
    record Result(long timeNanos, String key, int worker, String observed, String action, String error,
            long durationNanos, int repeats) {
        Result(long timeNanos, String key, int worker, String observed, String action, String error,
                long durationNanos) {
            this(timeNanos, key, worker, observed, action, error, durationNanos, 1);
        }

        boolean sameOutcome(Result o) {
            return key.equals(o.key) && observed.equals(o.observed) && action.equals(o.action)
                    && error.equals(o.error);
        }
    }

    final List<Flight> flights = new ArrayList<>();
    final List<Flash> flashes = new ArrayList<>();
    final List<Result> results = new ArrayList<>();

    /** Rebuilds for {@code controller} at {@code now}; {@code count} events are at or before now. */
    void scan(Timeline timeline, int count, long now, String controller, Set<String> informers) {
        flights.clear();
        flashes.clear();
        results.clear();
        boolean scheduler = "scheduler".equals(controller);
        long flightFrom = now - 5 * HOP_NANOS;
        int stop = Math.max(0, count - MAX_SCAN);
        for (int i = count - 1; i >= stop; i--) {
            WorldEvent e = timeline.get(i);
            long age = now - e.timeNanos();
            boolean inFlight = e.timeNanos() >= flightFrom && flights.size() < MAX_FLIGHTS;
            if (e instanceof ReconcileFinished) {
                ReconcileFinished r = (ReconcileFinished) e;
                if (r.controller().equals(controller)) {
                    addResult(new Result(r.timeNanos(), r.key(), r.worker(), r.observed(), r.action(), r.error(),
                            r.durationNanos()));
                    if (inFlight) {
                        fly(r.key(), Stage.WORKERS, Stage.RESULT, age, 0, false);
                        if (!"none".equals(r.action())) {
                            fly(ActionText.english(r.action()), Stage.RESULT, Stage.API, age, HOP_NANOS, true);
                        }
                    }
                }
            } else if (scheduler && (e instanceof PodScheduled || e instanceof PodUnschedulable)) {
                boolean bound = e instanceof PodScheduled;
                String pod = bound ? ((PodScheduled) e).pod() : ((PodUnschedulable) e).pod();
                addResult(bound ? schedulerResult((PodScheduled) e)
                        : new Result(e.timeNanos(), pod, 0, ((PodUnschedulable) e).message(), "unschedulable", "",
                                0));
                if (inFlight) {
                    fly(pod, Stage.QUEUE, Stage.WORKERS, age, 0, false);
                    fly(pod, Stage.WORKERS, Stage.RESULT, age, HOP_NANOS, false);
                    if (bound) {
                        fly("bind → " + ((PodScheduled) e).node(), Stage.RESULT, Stage.API, age, 2 * HOP_NANOS, true);
                    }
                }
            }
            if (!inFlight) {
                if (results.size() >= RESULTS && e.timeNanos() < flightFrom) {
                    break;
                }
                continue;
            }
            flight(e, age, controller, informers, scheduler);
        }
    }

    private void flight(WorldEvent e, long age, String controller, Set<String> informers, boolean scheduler) {
        if (e instanceof WatchEventDelivered) {
            WatchEventDelivered w = (WatchEventDelivered) e;
            if (informers.contains(w.informer())) {
                String label = w.watchType() + " " + WorkloadRows.name(w.key());
                fly(label, Stage.API, Stage.REFLECTOR, age, 0, false);
                fly(label, Stage.REFLECTOR, Stage.FIFO, age, HOP_NANOS, false);
                fly(label, Stage.FIFO, Stage.INDEXER, age, 2 * HOP_NANOS, false);
                fly(label, Stage.INDEXER, Stage.HANDLERS, age, 3 * HOP_NANOS, false);
            }
        } else if (e instanceof WorkqueueAdded && ((WorkqueueAdded) e).controller().equals(controller)) {
            fly(((WorkqueueAdded) e).key(), Stage.HANDLERS, Stage.QUEUE, age, 0, false);
        } else if (e instanceof ReconcileStarted && ((ReconcileStarted) e).controller().equals(controller)) {
            fly(((ReconcileStarted) e).key(), Stage.QUEUE, Stage.WORKERS, age, 0, false);
        } else if (e instanceof WorkqueueDeduplicated && ((WorkqueueDeduplicated) e).controller().equals(controller)) {
            flash(Stage.QUEUE, "dedup", ((WorkqueueDeduplicated) e).key(), age);
        } else if (e instanceof WorkqueueRequeued && ((WorkqueueRequeued) e).controller().equals(controller)) {
            fly(((WorkqueueRequeued) e).key(), Stage.WORKERS, Stage.DELAYED, age, 0, false);
        } else if (e instanceof WorkqueueDelayed && ((WorkqueueDelayed) e).controller().equals(controller)) {
            fly(((WorkqueueDelayed) e).key(), Stage.HANDLERS, Stage.DELAYED, age, 0, false);
        } else if (e instanceof InformerListed && informers.contains(((InformerListed) e).informer())) {
            InformerListed l = (InformerListed) e;
            flash(Stage.REFLECTOR, "list", l.informer() + " · " + l.items(), age);
            fly("LIST " + l.items(), Stage.API, Stage.REFLECTOR, age, 0, false);
        } else if (e instanceof WatchDropped && informers.contains(((WatchDropped) e).informer())) {
            flash(Stage.REFLECTOR, "dropped", ((WatchDropped) e).informer(), age);
        } else if (e instanceof InformerResynced && informers.contains(((InformerResynced) e).informer())) {
            flash(Stage.FIFO, "resync", Integer.toString(((InformerResynced) e).items()), age);
        } else if (scheduler && e instanceof PodQueued) {
            PodQueued q = (PodQueued) e;
            fly(WorkloadRows.name(q.pod()), Stage.HANDLERS, "activeQ".equals(q.queue()) ? Stage.QUEUE : Stage.DELAYED,
                    age, 0, false);
        }
    }

    /**
     * Adds an older result below the ones found so far; one with the same outcome as a result already listed (same
     * key, observation, action and error) folds into it as a repeat, so a controller that keeps finding "nothing to
     * do" shows one line per object with ×N instead of a column of copies.
     */
    private void addResult(Result older) {
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            if (r.sameOutcome(older)) {
                results.set(i, new Result(r.timeNanos(), r.key(), r.worker(), r.observed(), r.action(), r.error(),
                        r.durationNanos(), r.repeats() + 1));
                return;
            }
        }
        if (results.size() < RESULTS) {
            results.add(older);
        }
    }

    private static Result schedulerResult(PodScheduled s) {
        return new Result(s.timeNanos(), s.pod(), 0, "feasible " + s.feasibleNodes() + " of " + s.checkedNodes()
                + " nodes", "bind:" + s.node(), "", 0);
    }

    /** Adds a flight if it is under way; object keys ("default/web-7cb…") show by their short name. */
    private void fly(String label, Stage from, Stage to, long age, long delay, boolean write) {
        long t = age - delay;
        if (t >= 0 && t < HOP_NANOS && flights.size() < MAX_FLIGHTS) {
            String shown = label.indexOf(' ') < 0 ? WorkloadRows.name(label) : label;
            flights.add(new Flight(shown, from, to, (double) t / HOP_NANOS, write));
        }
    }

    private void flash(Stage stage, String kind, String text, long age) {
        if (age >= 0 && age < FLASH_NANOS) {
            flashes.add(new Flash(stage, kind, text, (double) age / FLASH_NANOS));
        }
    }
}
