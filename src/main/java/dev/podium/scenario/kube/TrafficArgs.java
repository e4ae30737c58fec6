package dev.podium.scenario.kube;

import dev.podium.scenario.Arg;
import dev.podium.scenario.Params;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.Verb;
import dev.podium.world.kube.KubeCluster;
import dev.podium.world.kube.traffic.TrafficParams;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The kube world's traffic params and verb (documented in docs/kube-fidelity.md, "Traffic"): {@code trafficRate}
 * (requests a second), {@code trafficTargets} (comma-separated {@code host/path} or {@code service/name}),
 * {@code proxyMode} (iptables or ipvs), {@code proxyLag} and {@code proxyJitter} (EndpointSlice → a node's rules),
 * {@code serviceTime} (mean answer time) and {@code ingressClass}; the verb {@code setTrafficRate}.
 */
final class TrafficArgs {
    static final Arg<Double> RATE = Arg.number("trafficRate", 0, 100_000, 0);
    static final Arg<String> TARGETS = Arg.text("trafficTargets", "");
    static final Arg<String> PROXY_MODE = Arg.choice("proxyMode", "iptables", "iptables", "ipvs");
    static final Arg<Long> PROXY_LAG = Arg.duration("proxyLag", 0, 60_000_000_000L,
            TrafficParams.defaults().proxyLagNanos());
    static final Arg<Long> PROXY_JITTER = Arg.duration("proxyJitter", 0, 60_000_000_000L,
            TrafficParams.defaults().proxyJitterNanos());
    static final Arg<Long> SERVICE_TIME = Arg.duration("serviceTime", 1_000L, 60_000_000_000L,
            TrafficParams.defaults().serviceTimeNanos());
    static final Arg<String> INGRESS_CLASS = Arg.text("ingressClass", "");
    static final List<Arg<?>> PARAMS = List.of(RATE, TARGETS, PROXY_MODE, PROXY_LAG, PROXY_JITTER, SERVICE_TIME,
            INGRESS_CLASS);

    static final Arg<Double> NEW_RATE = Arg.number("rate", 0, 100_000, 0).required();
    static final Verb<KubeCluster> SET_RATE = Verb.of("setTrafficRate", List.of(NEW_RATE),
            (c, target, args) -> c.setTrafficRate(Math.round(NEW_RATE.read(args))));

    private static final Pattern TARGET = Pattern.compile(
            "service/([a-z0-9-]+/)?[a-z0-9]([-a-z0-9]*[a-z0-9])?|(\\*\\.)?[a-z0-9.-]*(/[^\\s,]*)?");

    private TrafficArgs() {
    }

    /** The traffic params; a bad target is a problem at the param's place. */
    static TrafficParams read(Params p) throws ScenarioException {
        TrafficParams t = TrafficParams.defaults();
        List<String> targets = new ArrayList<>();
        for (String item : TARGETS.read(p).split(",")) {
            String target = item.trim();
            if (target.isEmpty()) {
                continue;
            }
            if (!TARGET.matcher(target).matches() || target.equals("service/")) {
                throw new ScenarioException(p.where(TARGETS.name()), "trafficTargets: '" + target + "' is not a "
                        + "target; expected host/path (shop.example.com/api), /path (any host) or service/name");
            }
            targets.add(target);
        }
        t = t.withClient(Math.round(RATE.read(p)), targets);
        t = t.withProxy(PROXY_MODE.read(p), PROXY_LAG.read(p), PROXY_JITTER.read(p));
        t = t.withServiceTime(SERVICE_TIME.read(p));
        return t.withIngressClass(INGRESS_CLASS.read(p));
    }
}
