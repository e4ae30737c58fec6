package dev.podium.ui.kube;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.NodeConditionChanged;
import dev.podium.world.kube.event.NodeCordoned;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodTerminating;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where every pod sits on the cluster picture and since when it has its status, folded from kube events in
 * timeline order. {@code KubeState} says what a pod is; this says where to draw it and when its state began, which
 * motion needs (a chip flies from the scheduler queue from its PodScheduled time, fades from its Terminating time).
 *
 * <p>Pods live in parallel primitive arrays indexed by a recycled pod id, nodes keep their pods as an int array in
 * bind order (a deleted pod's followers slide down one slot), and per-node counts by {@link PodStatus} are kept up to
 * date for the aggregate level of detail. A fold costs O(1) per event except a deletion (O(pods on the node)); a
 * frame reads it without allocating. Nodes are ranked by name, as kubectl lists them. Toolkit-free, not
 * thread-safe.
 */
final class ClusterModel {
    private static final int STATUSES = PodStatus.ALL.length;

    private final NodeTable nodes = new NodeTable();
    private final Map<String, Integer> idByKey = new HashMap<>();
    private String[] keys = new String[64];
    private byte[] status = new byte[64];
    private long[] since = new long[64];
    private long[] scheduledAt = new long[64];
    private int[] restarts = new int[64];
    private boolean[] ready = new boolean[64];
    private int[] nodeOf = new int[64];
    private int[] slotOf = new int[64];
    private int[] free = new int[16];
    private int freeCount;
    private int nextId;
    private final PendingList pending = new PendingList();
    private int folded;

    /** Forgets everything (before re-folding from the first event). */
    void clear() {
        nodes.clear();
        idByKey.clear();
        freeCount = 0;
        nextId = 0;
        pending.clear();
        folded = 0;
    }

    /** Number of timeline events folded so far. */
    int folded() {
        return folded;
    }

    /** Folds one event (the next one in timeline order). */
    void accept(WorldEvent e) {
        folded++;
        if (e instanceof PodPhaseChanged) {
            PodPhaseChanged c = (PodPhaseChanged) e;
            Integer id = idByKey.get(c.pod());
            if (id != null) {
                setStatus(id, PodStatus.of(c.status()), e.timeNanos());
                restarts[id] = c.restarts();
                ready[id] = c.ready();
            }
        } else if (e instanceof PodCreated) {
            PodCreated c = (PodCreated) e;
            int id = newId(c.pod());
            status[id] = (byte) PodStatus.PENDING.ordinal();
            since[id] = e.timeNanos();
            scheduledAt[id] = Long.MIN_VALUE;
            restarts[id] = 0;
            ready[id] = false;
            nodeOf[id] = -1;
            if (c.node().isEmpty()) {
                pending.add(id);
            } else {
                bind(id, c.node(), e.timeNanos());
            }
        } else if (e instanceof PodScheduled) {
            PodScheduled s = (PodScheduled) e;
            Integer id = idByKey.get(s.pod());
            if (id != null && nodeOf[id] < 0) {
                bind(id, s.node(), e.timeNanos());
            }
        } else if (e instanceof PodTerminating) {
            Integer id = idByKey.get(((PodTerminating) e).pod());
            if (id != null) {
                setStatus(id, PodStatus.TERMINATING, e.timeNanos());
                ready[id] = false;
            }
        } else if (e instanceof PodDeleted) {
            remove(((PodDeleted) e).pod());
        } else if (e instanceof NodeAdded) {
            NodeAdded a = (NodeAdded) e;
            nodes.setCordoned(nodes.add(a.node()), a.unschedulable());
        } else if (e instanceof NodeConditionChanged) {
            NodeConditionChanged c = (NodeConditionChanged) e;
            nodes.setNotReady(nodes.add(c.node()), !"True".equals(c.status()));
        } else if (e instanceof NodeCordoned) {
            NodeCordoned c = (NodeCordoned) e;
            nodes.setCordoned(nodes.add(c.node()), c.unschedulable());
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

    int podId(String key) {
        Integer id = idByKey.get(key);
        return id == null ? -1 : id;
    }

    String key(int id) {
        return keys[id];
    }

    PodStatus status(int id) {
        return PodStatus.ALL[status[id]];
    }

    long since(int id) {
        return since[id];
    }

    long scheduledAt(int id) {
        return scheduledAt[id];
    }

    int restarts(int id) {
        return restarts[id];
    }

    boolean ready(int id) {
        return ready[id];
    }

    int podCount() {
        return idByKey.size();
    }

    // ---- folding ----

    private void setStatus(int id, PodStatus s, long t) {
        if (status[id] == s.ordinal()) {
            return;
        }
        if (nodeOf[id] >= 0) {
            nodes.count(nodeOf[id], PodStatus.ALL[status[id]], -1);
            nodes.count(nodeOf[id], s, 1);
        }
        status[id] = (byte) s.ordinal();
        since[id] = t;
    }

    private void bind(int id, String node, long t) {
        int n = nodes.indexOf(node);
        if (n < 0) {
            n = nodes.add(node);
        }
        pending.remove(id);
        nodeOf[id] = n;
        slotOf[id] = nodes.append(n, id);
        nodes.count(n, PodStatus.ALL[status[id]], 1);
        scheduledAt[id] = t;
    }

    private void remove(String key) {
        Integer boxed = idByKey.remove(key);
        if (boxed == null) {
            return;
        }
        int id = boxed;
        int n = nodeOf[id];
        if (n >= 0) {
            nodes.count(n, PodStatus.ALL[status[id]], -1);
            int[] pods = nodes.pods(n);
            int count = nodes.podCount(n);
            for (int s = slotOf[id]; s < count - 1; s++) {
                pods[s] = pods[s + 1];
                slotOf[pods[s]] = s;
            }
            nodes.truncate(n, count - 1);
        } else {
            pending.remove(id);
        }
        keys[id] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = id;
    }

    private int newId(String key) {
        Integer old = idByKey.get(key);
        if (old != null) {
            remove(key); // a recreated name (a static pod): start afresh
        }
        int id;
        if (freeCount > 0) {
            id = free[--freeCount];
        } else {
            id = nextId++;
            if (id == keys.length) {
                grow(id * 2);
            }
        }
        keys[id] = key;
        idByKey.put(key, id);
        return id;
    }

    private void grow(int size) {
        keys = Arrays.copyOf(keys, size);
        status = Arrays.copyOf(status, size);
        since = Arrays.copyOf(since, size);
        scheduledAt = Arrays.copyOf(scheduledAt, size);
        restarts = Arrays.copyOf(restarts, size);
        ready = Arrays.copyOf(ready, size);
        nodeOf = Arrays.copyOf(nodeOf, size);
        slotOf = Arrays.copyOf(slotOf, size);
        pending.grow(size);
    }

    /** Per-node count of pods in each status, for the aggregate level of detail. */
    static int statusCountIndex(int node, PodStatus s) {
        return node * STATUSES + s.ordinal();
    }
}
