package dev.podium.ui.kube;

import static dev.podium.ui.kube.CowChunks.MASK;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.ControllerStarted;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.NodeConditionChanged;
import dev.podium.world.kube.event.NodeCordoned;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodTerminating;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every pod sits on the cluster picture and since when it has its status, folded from kube events in
 * timeline order by {@link ClusterProjection}; also which informers each controller reads, for the reconcile tab.
 * {@code KubeState} says what a pod is; this says where to draw it and when its state began, which motion needs (a
 * chip flies from the scheduler queue from its PodScheduled time, fades from its Terminating time).
 *
 * <p>Pods live in parallel primitive columns indexed by a recycled pod id (in {@link CowChunks}); nodes keep their pods
 * as an int array in bind order (a deleted pod's followers slide down one slot), and per-node counts by
 * {@link PodStatus} are kept up to date for the aggregate level of detail. A fold costs O(1) per event except a
 * deletion (O(pods on the node)); a frame reads it without allocating. Nodes are ranked by name, as kubectl lists
 * them.
 *
 * <p>{@link #copy()} is deep but shares what neither side has written since (see {@link CowChunks}), about
 * O(pods / 64 + nodes) references, so the timeline's {@code ProjectedState} can keep one every 2,048 events and a
 * backward seek restores one instead of folding from the first event. Toolkit-free, not thread-safe.
 */
final class ClusterModel {
    private static final int STATUSES = PodStatus.ALL.length;

    private final NodeTable nodes;
    private final KeyIndex idByKey;
    private final CowChunks<String[]> keys;
    private final CowChunks<byte[]> status;
    /** The {@link PodGlyph} ordinal: the shape that tells the state without colour. */
    private final CowChunks<byte[]> glyph;
    private final CowChunks<long[]> since;
    private final CowChunks<long[]> scheduledAt;
    private final CowChunks<int[]> restarts;
    private final CowChunks<boolean[]> ready;
    private final CowChunks<int[]> nodeOf;
    private final CowChunks<int[]> slotOf;
    /** A stack of the ids of deleted pods, reused last freed first. */
    private final CowChunks<int[]> free;
    private int freeCount;
    private int nextId;
    private final PendingList pending;
    /** Controller → the informers its ControllerStarted named (immutable lists, shared by copies). */
    private final Map<String, List<String>> informers;

    ClusterModel() {
        nodes = new NodeTable();
        idByKey = new KeyIndex();
        keys = CowChunks.strings();
        status = CowChunks.bytes();
        glyph = CowChunks.bytes();
        since = CowChunks.longs();
        scheduledAt = CowChunks.longs();
        restarts = CowChunks.ints();
        ready = CowChunks.booleans();
        nodeOf = CowChunks.ints();
        slotOf = CowChunks.ints();
        free = CowChunks.ints();
        pending = new PendingList();
        informers = new HashMap<>();
    }

    private ClusterModel(ClusterModel o) {
        nodes = o.nodes.copy();
        idByKey = o.idByKey.copy();
        keys = o.keys.copy();
        status = o.status.copy();
        glyph = o.glyph.copy();
        since = o.since.copy();
        scheduledAt = o.scheduledAt.copy();
        restarts = o.restarts.copy();
        ready = o.ready.copy();
        nodeOf = o.nodeOf.copy();
        slotOf = o.slotOf.copy();
        free = o.free.copy();
        freeCount = o.freeCount;
        nextId = o.nextId;
        pending = o.pending.copy();
        informers = new HashMap<>(o.informers);
    }

    /** An independent copy: folding into either never changes the other. */
    ClusterModel copy() {
        return new ClusterModel(this);
    }

    /** Folds one event (the next one in timeline order); ignores events it does not draw. */
    void accept(WorldEvent e) {
        if (e instanceof PodPhaseChanged c) {
            phaseChanged(c);
        } else if (e instanceof PodCreated c) {
            created(c);
        } else if (e instanceof PodScheduled s) {
            scheduled(s);
        } else if (e instanceof PodTerminating t) {
            terminating(t);
        } else if (e instanceof PodDeleted d) {
            remove(d.pod());
        } else if (e instanceof NodeAdded a) {
            nodes.setCordoned(nodes.add(a.node()), a.unschedulable());
        } else if (e instanceof NodeConditionChanged c) {
            nodes.setNotReady(nodes.add(c.node()), !"True".equals(c.status()));
        } else if (e instanceof NodeCordoned c) {
            nodes.setCordoned(nodes.add(c.node()), c.unschedulable());
        } else if (e instanceof ControllerStarted c) {
            informers.put(c.controller(), c.informers());
        }
    }

    // ---- reading ----

    NodeTable nodes() {
        return nodes;
    }

    /** Pods waiting for the scheduler, oldest first (ids; skip none, the list is kept exact). */
    PendingList pending() {
        return pending;
    }

    /** The id of the pod {@code key}, or -1. */
    int podId(String key) {
        return idByKey.get(key);
    }

    String key(int id) {
        return keys.read(id)[id & MASK];
    }

    PodStatus status(int id) {
        return PodStatus.ALL[status.read(id)[id & MASK]];
    }

    /** The shape of the pod's state (finer than {@link #status}: evicted, preempted, image pull). */
    PodGlyph glyph(int id) {
        return PodGlyph.ALL[glyph.read(id)[id & MASK]];
    }

    long since(int id) {
        return since.read(id)[id & MASK];
    }

    long scheduledAt(int id) {
        return scheduledAt.read(id)[id & MASK];
    }

    int restarts(int id) {
        return restarts.read(id)[id & MASK];
    }

    boolean ready(int id) {
        return ready.read(id)[id & MASK];
    }

    int podCount() {
        return idByKey.size();
    }

    /** Controller name → the informers it reads (read only). */
    Map<String, List<String>> informers() {
        return Collections.unmodifiableMap(informers);
    }

    // ---- folding ----

    private void phaseChanged(PodPhaseChanged c) {
        int id = idByKey.get(c.pod());
        if (id >= 0) {
            PodStatus st = PodStatus.of(c.status());
            setStatus(id, st, c.timeNanos());
            PodGlyph old = glyph(id);
            boolean keep = st == PodStatus.TERMINATING && old.status == PodStatus.TERMINATING;
            glyph.write(id)[id & MASK] = (byte) (keep ? old : PodGlyph.of(c.status())).ordinal();
            restarts.write(id)[id & MASK] = c.restarts();
            ready.write(id)[id & MASK] = c.ready();
        }
    }

    private void created(PodCreated c) {
        int id = newId(c.pod());
        int i = id & MASK;
        status.write(id)[i] = (byte) PodStatus.PENDING.ordinal();
        glyph.write(id)[i] = (byte) PodGlyph.PENDING.ordinal();
        since.write(id)[i] = c.timeNanos();
        scheduledAt.write(id)[i] = Long.MIN_VALUE;
        restarts.write(id)[i] = 0;
        ready.write(id)[i] = false;
        nodeOf.write(id)[i] = -1;
        if (c.node().isEmpty()) {
            pending.add(id);
        } else {
            bind(id, c.node(), c.timeNanos());
        }
    }

    private void scheduled(PodScheduled s) {
        int id = idByKey.get(s.pod());
        if (id >= 0 && nodeOf.read(id)[id & MASK] < 0) {
            bind(id, s.node(), s.timeNanos());
        }
    }

    private void terminating(PodTerminating t) {
        int id = idByKey.get(t.pod());
        if (id >= 0) {
            setStatus(id, PodStatus.TERMINATING, t.timeNanos());
            glyph.write(id)[id & MASK] = (byte) PodGlyph.terminating(t.reason()).ordinal();
            ready.write(id)[id & MASK] = false;
        }
    }

    private void setStatus(int id, PodStatus s, long t) {
        int i = id & MASK;
        PodStatus old = PodStatus.ALL[status.read(id)[i]];
        if (old == s) {
            return;
        }
        int n = nodeOf.read(id)[i];
        if (n >= 0) {
            nodes.count(n, old, -1);
            nodes.count(n, s, 1);
        }
        status.write(id)[i] = (byte) s.ordinal();
        since.write(id)[i] = t;
    }

    private void bind(int id, String node, long t) {
        int n = nodes.indexOf(node);
        if (n < 0) {
            n = nodes.add(node);
        }
        pending.remove(id);
        int i = id & MASK;
        nodeOf.write(id)[i] = n;
        slotOf.write(id)[i] = nodes.append(n, id);
        nodes.count(n, status(id), 1);
        scheduledAt.write(id)[i] = t;
    }

    private void remove(String key) {
        int id = idByKey.remove(key);
        if (id < 0) {
            return;
        }
        int n = nodeOf.read(id)[id & MASK];
        if (n >= 0) {
            nodes.count(n, status(id), -1);
            int slot = slotOf.read(id)[id & MASK];
            int[] moved = nodes.removeSlot(n, slot);
            for (int s = slot; s < nodes.podCount(n); s++) {
                slotOf.write(moved[s])[moved[s] & MASK] = s;
            }
        } else {
            pending.remove(id);
        }
        keys.write(id)[id & MASK] = null;
        free.write(freeCount)[freeCount & MASK] = id;
        freeCount++;
    }

    private int newId(String key) {
        if (idByKey.get(key) >= 0) {
            remove(key); // a recreated name (a static pod): start afresh
        }
        int id;
        if (freeCount > 0) {
            freeCount--;
            id = free.read(freeCount)[freeCount & MASK];
        } else {
            id = nextId++;
        }
        keys.write(id)[id & MASK] = key;
        idByKey.put(key, id);
        return id;
    }

    /** Per-node count of pods in each status, for the aggregate level of detail. */
    static int statusCountIndex(int node, PodStatus s) {
        return node * STATUSES + s.ordinal();
    }
}
