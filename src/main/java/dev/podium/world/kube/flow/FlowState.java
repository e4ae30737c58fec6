package dev.podium.world.kube.flow;

import dev.podium.world.kube.flow.event.ClientSampled;
import dev.podium.world.kube.flow.event.ClientThrottled;
import dev.podium.world.kube.flow.event.FlowStarted;
import dev.podium.world.kube.flow.event.LeaderElectionStarted;
import dev.podium.world.kube.flow.event.LeaseAcquired;
import dev.podium.world.kube.flow.event.PriorityLevelSampled;
import dev.podium.world.kube.flow.event.RequestRejected;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The client side of the Kubernetes world at one time, folded by {@link FlowFold}: the clients and priority levels
 * with their latest totals, the latest throttling lines and 429s, and the Lease (holder, renew time, transitions,
 * the replicas still alive). Small, so {@link #copy()} copies it; inner values are immutable records. Views read
 * it; only the fold changes it. Not thread-safe.
 */
public final class FlowState {
    /** How many log lines (throttling, 429) are kept, newest last. */
    public static final int LINES = 8;

    FlowStarted started;
    final TreeMap<String, ClientSampled> clients;
    final TreeMap<String, PriorityLevelSampled> levels;
    final TreeMap<String, Integer> workers;
    final ArrayDeque<ClientThrottled> throttled;
    final TreeMap<String, ClientThrottled> lastThrottled;
    final ArrayDeque<RequestRejected> rejected;
    LeaderElectionStarted election;
    String holder = "";
    long renewNanos = -1;
    long acquiredNanos = -1;
    int transitions;
    LeaseAcquired takeover;
    final TreeSet<String> stopped;
    long reconciles;
    long lastReconcileNanos = -1;

    public FlowState() {
        clients = new TreeMap<>();
        levels = new TreeMap<>();
        workers = new TreeMap<>();
        throttled = new ArrayDeque<>();
        lastThrottled = new TreeMap<>();
        rejected = new ArrayDeque<>();
        stopped = new TreeSet<>();
    }

    private FlowState(FlowState o) {
        started = o.started;
        clients = new TreeMap<>(o.clients);
        levels = new TreeMap<>(o.levels);
        workers = new TreeMap<>(o.workers);
        throttled = new ArrayDeque<>(o.throttled);
        lastThrottled = new TreeMap<>(o.lastThrottled);
        rejected = new ArrayDeque<>(o.rejected);
        election = o.election;
        holder = o.holder;
        renewNanos = o.renewNanos;
        acquiredNanos = o.acquiredNanos;
        transitions = o.transitions;
        takeover = o.takeover;
        stopped = new TreeSet<>(o.stopped);
        reconciles = o.reconciles;
        lastReconcileNanos = o.lastReconcileNanos;
    }

    /** An independent copy. */
    public FlowState copy() {
        return new FlowState(this);
    }

    /** True if the run has API clients (the throttling and APF part). */
    public boolean hasClients() {
        return started != null;
    }

    /** True if the run has leader election. */
    public boolean hasElection() {
        return election != null;
    }

    /** The clients and levels of the run, or null before {@link #hasClients()}. */
    public FlowStarted setup() {
        return started;
    }

    /** Each client's latest window, by name. */
    public Map<String, ClientSampled> clients() {
        return Collections.unmodifiableMap(clients);
    }

    /** Each used priority level's latest sample, by name. */
    public Map<String, PriorityLevelSampled> levels() {
        return Collections.unmodifiableMap(levels);
    }

    /** The workers of {@code client} now. */
    public int workers(String client) {
        return workers.getOrDefault(client, 0);
    }

    /** The latest "Waited for …" lines, newest last. */
    public List<ClientThrottled> throttled() {
        return new ArrayList<>(throttled);
    }

    /** The latest "Waited for …" line of {@code client} (a scenario client or a built-in controller), or null. */
    public ClientThrottled lastThrottled(String client) {
        return lastThrottled.get(client);
    }

    /** The latest 429s, newest last. */
    public List<RequestRejected> rejected() {
        return new ArrayList<>(rejected);
    }

    /** The election's setup, or null. */
    public LeaderElectionStarted election() {
        return election;
    }

    /** The Lease's holderIdentity ("" when free). */
    public String holder() {
        return holder;
    }

    /** The Lease's renewTime (simulated), or -1. */
    public long renewNanos() {
        return renewNanos;
    }

    /** When the holder acquired the Lease, or -1. */
    public long acquiredNanos() {
        return acquiredNanos;
    }

    /** The latest acquisition from another holder, or null. */
    public LeaseAcquired takeover() {
        return takeover;
    }

    public int transitions() {
        return transitions;
    }

    /** True if the replica was killed. */
    public boolean stopped(String candidate) {
        return stopped.contains(candidate);
    }

    /** Reconciles run by leaders so far, and the time of the last one (-1: none). */
    public long reconciles() {
        return reconciles;
    }

    public long lastReconcileNanos() {
        return lastReconcileNanos;
    }
}
