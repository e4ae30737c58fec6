package dev.podium.ui.kube;

import static dev.podium.ui.kube.CowChunks.MASK;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The nodes of {@link ClusterModel}: ids in the order nodes appeared, display ranks by name (recomputed lazily after
 * a node joins, so adding 5,000 nodes costs one sort), each node's pods in bind order and its counts by
 * {@link PodStatus}. Nodes are never removed.
 *
 * <p>{@link #copy()} copies the small per-node arrays (O(nodes)) but shares each node's pod array, the status counts
 * and the name index until either side changes them, so a copy does not cost O(pods). Toolkit-free, not
 * thread-safe.
 */
final class NodeTable {
    static final int READY = 0;
    static final int NOT_READY = 1;
    static final int CORDONED = 2;
    private static final int STATUSES = PodStatus.ALL.length;

    private Map<String, Integer> idByName = new HashMap<>();
    /** idByName is also another copy's: clone it before adding. */
    private boolean idByNameShared;
    private String[] names = new String[16];
    private int[][] pods = new int[16][];
    /** podsOwned[id]: pods[id] is this table's alone, so it may be written in place. */
    private boolean[] podsOwned = new boolean[16];
    private int[] podCounts = new int[16];
    private boolean[] notReady = new boolean[16];
    private boolean[] cordoned = new boolean[16];
    /** Node id × {@link PodStatus} → pods; written on most events, so shared in chunks rather than copied. */
    private CowChunks<int[]> statusCounts = CowChunks.ints();
    private int[] byRank = new int[0];
    private int size;
    private boolean ranksStale;
    private int maxPods;

    NodeTable() {
    }

    private NodeTable(NodeTable o) {
        idByName = o.idByName;
        idByNameShared = true;
        o.idByNameShared = true;
        int length = Math.max(16, o.size); // no spare capacity in copies that may never grow
        names = Arrays.copyOf(o.names, length);
        pods = Arrays.copyOf(o.pods, length);
        podsOwned = new boolean[length];
        o.podsOwned = new boolean[o.pods.length];
        podCounts = Arrays.copyOf(o.podCounts, length);
        notReady = Arrays.copyOf(o.notReady, length);
        cordoned = Arrays.copyOf(o.cordoned, length);
        statusCounts = o.statusCounts.copy();
        byRank = o.byRank; // replaced, never written in place
        size = o.size;
        ranksStale = o.ranksStale;
        maxPods = o.maxPods;
    }

    /** An independent copy (pod arrays shared until written; see the class comment). */
    NodeTable copy() {
        return new NodeTable(this);
    }

    int size() {
        return size;
    }

    /** Adds a node (no-op if known); returns its id. */
    int add(String name) {
        Integer known = idByName.get(name);
        if (known != null) {
            return known;
        }
        int id = size++;
        if (id == names.length) {
            names = Arrays.copyOf(names, id * 2);
            pods = Arrays.copyOf(pods, id * 2);
            podsOwned = Arrays.copyOf(podsOwned, id * 2);
            podCounts = Arrays.copyOf(podCounts, id * 2);
            notReady = Arrays.copyOf(notReady, id * 2);
            cordoned = Arrays.copyOf(cordoned, id * 2);
        }
        names[id] = name;
        pods[id] = new int[8];
        podsOwned[id] = true;
        podCounts[id] = 0;
        notReady[id] = false;
        cordoned[id] = false;
        for (int i = id * STATUSES; i < (id + 1) * STATUSES; i++) {
            statusCounts.write(i)[i & MASK] = 0;
        }
        if (idByNameShared) {
            idByName = new HashMap<>(idByName);
            idByNameShared = false;
        }
        idByName.put(name, id);
        ranksStale = true;
        return id;
    }

    /** {@link #READY}, {@link #NOT_READY} (wins over cordoned) or {@link #CORDONED}. */
    int condition(int id) {
        return notReady[id] ? NOT_READY : cordoned[id] ? CORDONED : READY;
    }

    void setNotReady(int id, boolean value) {
        notReady[id] = value;
    }

    void setCordoned(int id, boolean value) {
        cordoned[id] = value;
    }

    int indexOf(String name) {
        Integer id = idByName.get(name);
        return id == null ? -1 : id;
    }

    String name(int id) {
        return names[id];
    }

    /** The id of the node shown at {@code rank} (0 = first by name). */
    int atRank(int rank) {
        if (ranksStale) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> names[a].compareTo(names[b]));
            byRank = new int[size];
            for (int i = 0; i < size; i++) {
                byRank[i] = order[i];
            }
            ranksStale = false;
        }
        return byRank[rank];
    }

    /** The node's pod ids in slot order; only the first {@link #podCount} are valid. Read only. */
    int[] pods(int id) {
        return pods[id];
    }

    int podCount(int id) {
        return podCounts[id];
    }

    /** The most pods any node has held (never shrinks, so the layout does not jitter). */
    int maxPods() {
        return maxPods;
    }

    int count(int id, PodStatus s) {
        int i = id * STATUSES + s.ordinal();
        return statusCounts.read(i)[i & MASK];
    }

    void count(int id, PodStatus s, int delta) {
        int i = id * STATUSES + s.ordinal();
        statusCounts.write(i)[i & MASK] += delta;
    }

    /** Appends a pod to a node; returns its slot. */
    int append(int id, int pod) {
        int n = podCounts[id];
        int[] p = writablePods(id, n + 1);
        p[n] = pod;
        podCounts[id] = n + 1;
        maxPods = Math.max(maxPods, n + 1);
        return n;
    }

    /**
     * Removes the pod in {@code slot} of a node; the pods after it slide down one slot. Returns the node's pod array,
     * whose slots from {@code slot} to {@link #podCount} - 1 now hold the pods that moved.
     */
    int[] removeSlot(int id, int slot) {
        int count = podCounts[id];
        int[] p = writablePods(id, count);
        System.arraycopy(p, slot + 1, p, slot, count - 1 - slot);
        podCounts[id] = count - 1;
        return p;
    }

    /** The node's pod array, this table's alone and holding at least {@code capacity} pods. */
    private int[] writablePods(int id, int capacity) {
        int[] p = pods[id];
        if (capacity > p.length) {
            pods[id] = Arrays.copyOf(p, p.length * 2);
            podsOwned[id] = true;
        } else if (!podsOwned[id]) {
            pods[id] = p.clone();
            podsOwned[id] = true;
        }
        return pods[id];
    }
}
