package dev.podium.world.kube.flow;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.flow.event.ClientWorkersChanged;
import dev.podium.world.kube.flow.event.FlowStarted;
import dev.podium.world.kube.flow.event.PriorityLevelSampled;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The client side of a simulated cluster, wired by {@code KubeCluster}: the API clients of the scenario with their
 * token buckets, API Priority and Fairness in the API server, and leader election. Every {@code windowNanos} it
 * emits each client's and each used priority level's totals. Kernel thread only.
 */
public final class Flow {
    private final Kernel kernel;
    private final EventSink sink;
    private final FlowParams params;
    private final ApfServer server;
    private final Map<String, FlowClient> clients = new LinkedHashMap<>();
    private final LeaderElection election;

    private Flow(Kernel kernel, EventSink sink, FlowParams params) {
        this.kernel = kernel;
        this.sink = sink;
        this.params = params;
        this.server = new ApfServer(kernel, params.totalSeats(), params.queueLengthLimit());
        for (ClientSpec c : params.clients()) {
            clients.put(c.name(), new FlowClient(kernel, sink, server, c));
        }
        this.election = params.lease() == null ? null : new LeaderElection(kernel, sink, params.lease());
    }

    /** Starts the clients (each with its workers) and leader election now. */
    public static Flow start(Kernel kernel, EventSink sink, FlowParams params) {
        Flow f = new Flow(kernel, sink, params);
        if (!f.clients.isEmpty()) {
            f.announce();
            for (FlowClient c : f.clients.values()) {
                c.setWorkers(c.spec().workers());
            }
            kernel.schedule(params.windowNanos(), f::sample);
        }
        if (f.election != null) {
            f.election.start();
        }
        return f;
    }

    private void announce() {
        List<String> names = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (FlowClient c : clients.values()) {
            ClientSpec s = c.spec();
            names.add(s.name());
            limits.add("qps " + plain(s.qps()) + ", burst " + s.burst());
            levels.add(s.level());
            requests.add(s.verb() + ":" + s.path());
        }
        List<String> used = new ArrayList<>(usedLevels());
        List<String> seats = used.stream().map(l -> Integer.toString(server.level(l).seats)).toList();
        sink.emit(new FlowStarted(kernel.now(), names, limits, levels, requests, used, seats, params.totalSeats(),
                params.queueLengthLimit()));
    }

    private Set<String> usedLevels() {
        Set<String> used = new LinkedHashSet<>();
        for (PriorityLevel l : PriorityLevel.SUGGESTED) {
            if (clients.values().stream().anyMatch(c -> c.spec().level().equals(l.name()))) {
                used.add(l.name());
            }
        }
        return used;
    }

    private void sample() {
        for (FlowClient c : clients.values()) {
            c.sample(params.windowNanos());
        }
        for (String name : usedLevels()) {
            ApfServer.Level l = server.level(name);
            sink.emit(new PriorityLevelSampled(kernel.now(), name, params.windowNanos(), l.seats, l.inUse, l.queued,
                    l.queuesInUse(), l.rejected, l.retryAfter.seconds()));
            l.rejected = 0;
        }
        kernel.schedule(params.windowNanos(), this::sample);
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The setClientWorkers action: {@code workers} goroutines of the client send from now on. */
    public void setWorkers(String client, int workers) {
        FlowClient c = clients.get(client);
        if (c == null) {
            throw new IllegalArgumentException("no API client " + client + "; the clients are " + clients.keySet());
        }
        sink.emit(new ClientWorkersChanged(kernel.now(), client, workers));
        c.setWorkers(workers);
    }

    /** The killLeader action on the Lease {@code lease}; returns the killed replica, or null if nobody led. */
    public String killLeader(String lease) {
        if (election == null || !election.name().equals(lease)) {
            throw new IllegalArgumentException("no leader election on a Lease " + lease);
        }
        return election.killLeader();
    }
}
