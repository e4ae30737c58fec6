package dev.podium.ui.kube.traffic;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.world.Inspection;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.traffic.TrafficState;
import dev.podium.world.kube.traffic.event.EndpointSliceUpdated;
import dev.podium.world.kube.traffic.event.TrafficSampled;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the inspector shows for a picked Service (its type, EndpointSlice with each endpoint's conditions, each node's
 * kube-proxy rules and its numbers), a picked endpoint pod (its conditions and the nodes that route to it) or the
 * Ingress (its rules). Pure; FX thread by use.
 */
public final class TrafficInspection {
    private TrafficInspection() {
    }

    /** The inspection for {@code key} (a Service or a pod key, or {@code ingress}), or null. */
    public static Inspection of(KubeState s, String key) {
        TrafficState t = s.traffic();
        if (t.services().contains(key)) {
            return service(t, key);
        }
        for (String svc : t.services()) {
            EndpointSliceUpdated slice = t.slice(svc);
            if (slice != null && slice.endpoints().contains(key)) {
                return endpoint(t, svc, slice, key);
            }
        }
        return null;
    }

    private static Inspection service(TrafficState t, String svc) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(new SimpleEntry<>("Service", svc));
        f.add(new SimpleEntry<>("type", t.serviceType(svc)));
        f.add(new SimpleEntry<>("kube-proxy", t.proxyMode()));
        EndpointSliceUpdated slice = t.slice(svc);
        if (slice != null) {
            f.add(new SimpleEntry<>("EndpointSlice", slice.slice()));
            for (String pod : slice.endpoints()) {
                f.add(new SimpleEntry<>("  " + TrafficPane.name(pod), conditions(slice, pod)));
            }
        }
        for (Map.Entry<String, List<String>> r : t.rules(svc).entrySet()) {
            f.add(new SimpleEntry<>("rules on " + r.getKey(), String.join(", ",
                    r.getValue().stream().map(TrafficPane::name).toList())));
        }
        TrafficSampled n = t.totals(svc);
        if (n != null) {
            f.add(new SimpleEntry<>("requests (last " + SimDurations.brief(n.windowNanos()) + ")",
                    Long.toString(n.requests())));
            f.add(new SimpleEntry<>("errors (last window / total)", n.errors() + " / " + n.totalErrors()));
            f.add(new SimpleEntry<>("latency p50 / p99", SimDurations.brief(n.p50Nanos()) + " / "
                    + SimDurations.brief(n.p99Nanos())));
            f.add(new SimpleEntry<>("requests total", Long.toString(n.totalRequests())));
        }
        return new Inspection("Service " + TrafficPane.name(svc), f);
    }

    private static Inspection endpoint(TrafficState t, String svc, EndpointSliceUpdated slice, String pod) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(new SimpleEntry<>("endpoint of", svc));
        int i = slice.endpoints().indexOf(pod);
        f.add(new SimpleEntry<>("node", slice.nodes().get(i)));
        f.add(new SimpleEntry<>("conditions", conditions(slice, pod)));
        List<String> routing = new ArrayList<>();
        t.rules(svc).forEach((node, eps) -> {
            if (eps.contains(pod)) {
                routing.add(node);
            }
        });
        f.add(new SimpleEntry<>("in kube-proxy rules of", routing.isEmpty() ? "–" : String.join(", ", routing)));
        return new Inspection("Endpoint " + TrafficPane.name(pod), f);
    }

    private static String conditions(EndpointSliceUpdated slice, String pod) {
        return "ready=" + slice.ready().contains(pod) + " serving=" + slice.serving().contains(pod)
                + " terminating=" + slice.terminating().contains(pod);
    }
}
