package dev.podium.scenario.kube;

import dev.podium.scenario.Arg;
import dev.podium.scenario.Params;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.Target;
import dev.podium.scenario.Verb;
import dev.podium.world.kube.KubeCluster;
import dev.podium.world.kube.flow.ClientSpec;
import dev.podium.world.kube.flow.FlowParams;
import dev.podium.world.kube.flow.LeaseSpec;
import dev.podium.world.kube.flow.PriorityLevel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kube world's client-side params and verbs (docs/scenario-format.md, "Client side"): API clients as
 * {@code client.<name>.<field>} (fields qps, burst, workers, request, requestTime, pause, level), the API server's
 * {@code apfSeats} and {@code apfQueueLengthLimit}, and leader election ({@code leaderElection} names the Lease;
 * {@code leaderReplicas}, {@code leaseDuration}, {@code renewDeadline}, {@code retryPeriod}); the verbs
 * {@code setClientWorkers} and {@code killLeader}.
 */
final class FlowArgs {
    static final Arg<Integer> APF_SEATS = Arg.integer("apfSeats", 1, 100_000, FlowParams.defaults().totalSeats());
    static final Arg<Integer> APF_QUEUE_LENGTH = Arg.integer("apfQueueLengthLimit", 1, 10_000,
            FlowParams.defaults().queueLengthLimit());
    static final Arg<String> LEADER_ELECTION = Arg.text("leaderElection", "");
    static final Arg<Integer> LEADER_REPLICAS = Arg.integer("leaderReplicas", 1, 10, 2);
    static final Arg<Long> LEASE_DURATION = Arg.duration("leaseDuration", FlowParams.SECOND, 3_600 * FlowParams.SECOND,
            15 * FlowParams.SECOND);
    static final Arg<Long> RENEW_DEADLINE = Arg.duration("renewDeadline", FlowParams.SECOND,
            3_600 * FlowParams.SECOND, 10 * FlowParams.SECOND);
    static final Arg<Long> RETRY_PERIOD = Arg.duration("retryPeriod", 100_000_000L, 3_600 * FlowParams.SECOND,
            2 * FlowParams.SECOND);
    static final List<Arg<?>> PARAMS = List.of(APF_SEATS, APF_QUEUE_LENGTH, LEADER_ELECTION, LEADER_REPLICAS,
            LEASE_DURATION, RENEW_DEADLINE, RETRY_PERIOD);

    static final List<String> CLIENT_FIELDS = List.of("qps", "burst", "workers", "request", "requestTime", "pause",
            "level");
    private static final Pattern CLIENT_PARAM = Pattern.compile(
            "client\\.([a-z0-9]([-a-z0-9]*[a-z0-9])?)\\.(" + String.join("|", CLIENT_FIELDS) + ")");
    private static final Pattern REQUEST = Pattern.compile("(GET|LIST|WATCH|POST|PUT|PATCH|DELETE) (/\\S*)");

    static final Target CLIENT = new Target("client", "an API client named in the params client.<name>.*");
    static final Target LEASE = new Target("lease", "the Lease named by the param leaderElection");
    static final Arg<Integer> WORKERS = Arg.integer("workers", 0, 10_000, 0).required();
    static final Verb<KubeCluster> SET_WORKERS = Verb.on("setClientWorkers", CLIENT, List.of(WORKERS),
            (c, target, args) -> c.setClientWorkers(target, WORKERS.read(args)));
    static final Verb<KubeCluster> KILL_LEADER = Verb.on("killLeader", LEASE, List.of(),
            (c, target, args) -> c.killLeader(target));

    private FlowArgs() {
    }

    /** The names of {@code p} that are client params ({@code client.<name>.<field>} with a known field). */
    static List<String> clientParamNames(Params p) {
        return p.names().stream().filter(n -> CLIENT_PARAM.matcher(n).matches()).toList();
    }

    /** The client-side params; a bad value is a problem at its param. */
    static FlowParams read(Params p) throws ScenarioException {
        Set<String> names = new LinkedHashSet<>();
        for (String n : clientParamNames(p)) {
            Matcher m = CLIENT_PARAM.matcher(n);
            m.matches();
            names.add(m.group(1));
        }
        List<ClientSpec> clients = new ArrayList<>();
        for (String name : names) {
            clients.add(client(p, name));
        }
        LeaseSpec lease = null;
        String leaseName = LEADER_ELECTION.read(p).trim();
        if (!leaseName.isEmpty()) {
            long duration = LEASE_DURATION.read(p);
            long deadline = RENEW_DEADLINE.read(p);
            long retry = RETRY_PERIOD.read(p);
            if (!(duration > deadline && deadline > retry)) {
                throw new ScenarioException(p.where(LEADER_ELECTION.name()), "leader election needs leaseDuration > "
                        + "renewDeadline > retryPeriod (client-go refuses other values)");
            }
            lease = new LeaseSpec(leaseName, LEADER_REPLICAS.read(p), duration, deadline, retry, FlowParams.SECOND);
        }
        return new FlowParams(clients, APF_SEATS.read(p), APF_QUEUE_LENGTH.read(p), FlowParams.SECOND, lease);
    }

    private static ClientSpec client(Params p, String name) throws ScenarioException {
        String prefix = "client." + name + ".";
        double qps = Arg.number(prefix + "qps", 0.01, 100_000, ClientSpec.DEFAULT_QPS).read(p);
        int burst = Arg.integer(prefix + "burst", 1, 1_000_000, ClientSpec.DEFAULT_BURST).read(p);
        int workers = Arg.integer(prefix + "workers", 0, 10_000, 1).read(p);
        long requestNanos = Arg.duration(prefix + "requestTime", 0, 60 * FlowParams.SECOND, 50_000_000L).read(p);
        long pauseNanos = Arg.duration(prefix + "pause", 0, 3_600 * FlowParams.SECOND, 0).read(p);
        String level = Arg.text(prefix + "level", "workload-low").read(p);
        if (PriorityLevel.named(level) == null) {
            throw new ScenarioException(p.where(prefix + "level"), prefix + "level: '" + level + "' is not a "
                    + "priority level; expected one of " + PriorityLevel.SUGGESTED.stream().map(PriorityLevel::name)
                    .toList());
        }
        String request = Arg.text(prefix + "request", "GET /api/v1/namespaces/default/pods").read(p).trim();
        Matcher m = REQUEST.matcher(request);
        if (!m.matches()) {
            throw new ScenarioException(p.where(prefix + "request"), prefix + "request: '" + request + "' is not a "
                    + "request; expected a verb and a path, such as GET /api/v1/namespaces/default/pods");
        }
        return new ClientSpec(name, qps, burst, workers, m.group(1), m.group(2), requestNanos, pauseNanos,
                level);
    }
}
