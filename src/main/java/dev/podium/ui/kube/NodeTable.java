package dev.podium.ui.kube;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The nodes of {@link ClusterModel}: ids in the order nodes appeared, display ranks by name (recomputed lazily after
 * a node joins, so adding 5,000 nodes costs one sort), each node's pods in bind order and its counts by
 * {@link PodStatus}. Toolkit-free, not thread-safe.
 */
final class NodeTable {
    static final int READY = 0;
    static final int NOT_READY = 1;
    static final int CORDONED = 2;
    private static final int STATUSES = PodStatus.ALL.length;

    private final Map<String, Integer> idByName = new HashMap<>();
    private String[] names = new String[16];
    private int[][] pods = new int[16][];
    private int[] podCounts = new int[16];
    private boolean[] notReady = new boolean[16];
    private boolean[] cordoned = new boolean[16];
    private int[] statusCounts = new int[16 * STATUSES];
    private int[] byRank = new int[0];
    private int size;
    private boolean ranksStale;
    private int maxPods;

    void clear() {
        idByName.clear();
        size = 0;
        byRank = new int[0];
        ranksStale = false;
        maxPods = 0;
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
            podCounts = Arrays.copyOf(podCounts, id * 2);
            notReady = Arrays.copyOf(notReady, id * 2);
            cordoned = Arrays.copyOf(cordoned, id * 2);
            statusCounts = Arrays.copyOf(statusCounts, id * 2 * STATUSES);
        }
        names[id] = name;
        pods[id] = new int[8];
        podCounts[id] = 0;
        notReady[id] = false;
        cordoned[id] = false;
        Arrays.fill(statusCounts, id * STATUSES, (id + 1) * STATUSES, 0);
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

    /** The node's pod ids in slot order; only the first {@link #podCount} are valid. */
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
        return statusCounts[id * STATUSES + s.ordinal()];
    }

    void count(int id, PodStatus s, int delta) {
        statusCounts[id * STATUSES + s.ordinal()] += delta;
    }

    /** Appends a pod to a node; returns its slot. */
    int append(int id, int pod) {
        int n = podCounts[id];
        if (n == pods[id].length) {
            pods[id] = Arrays.copyOf(pods[id], n * 2);
        }
        pods[id][n] = pod;
        podCounts[id] = n + 1;
        maxPods = Math.max(maxPods, n + 1);
        return n;
    }

    void truncate(int id, int count) {
        podCounts[id] = count;
    }
}
