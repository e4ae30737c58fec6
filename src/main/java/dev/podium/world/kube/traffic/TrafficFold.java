package dev.podium.world.kube.traffic;

import dev.podium.world.kube.traffic.event.EndpointSliceUpdated;
import dev.podium.world.kube.traffic.event.IngressGone;
import dev.podium.world.kube.traffic.event.IngressObserved;
import dev.podium.world.kube.traffic.event.PreStopHookFinished;
import dev.podium.world.kube.traffic.event.ProxyRulesSynced;
import dev.podium.world.kube.traffic.event.RequestSampled;
import dev.podium.world.kube.traffic.event.ServiceGone;
import dev.podium.world.kube.traffic.event.ServiceObserved;
import dev.podium.world.kube.traffic.event.ServicesObserved;
import dev.podium.world.kube.traffic.event.TrafficEvent;
import dev.podium.world.kube.traffic.event.TrafficRateChanged;
import dev.podium.world.kube.traffic.event.TrafficSampled;
import dev.podium.world.kube.traffic.event.TrafficStarted;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Folds {@link TrafficEvent}s into a {@link TrafficState}, one small method per kind. Pure. */
public final class TrafficFold {
    private TrafficFold() {
    }

    /** Applies {@code e} to {@code s}. */
    public static void apply(TrafficState s, TrafficEvent e) {
        if (e instanceof TrafficStarted t) {
            started(s, t);
        } else if (e instanceof TrafficRateChanged r) {
            s.rate = r.requestsPerSecond();
        } else if (e instanceof EndpointSliceUpdated u) {
            s.slices.put(u.service(), u);
        } else if (e instanceof ProxyRulesSynced p) {
            synced(s, p);
        } else if (e instanceof RequestSampled r) {
            sampled(s, r);
        } else if (e instanceof TrafficSampled t) {
            s.totals.put(t.service(), t);
        } else if (e instanceof ServicesObserved o) {
            observed(s, o);
        } else if (e instanceof ServiceObserved o) {
            live(s).liveServices.put(o.service(), o.serviceType());
        } else if (e instanceof ServiceGone g) {
            live(s).liveServices.remove(g.service());
            s.slices.remove(g.service());
        } else if (e instanceof IngressObserved o) {
            live(s).liveIngresses.put(o.ingress(), o.routes());
        } else if (e instanceof IngressGone g) {
            live(s).liveIngresses.remove(g.ingress());
        } else if (e instanceof PreStopHookFinished) {
            return; // narrated; the pod's state comes from the kubelet's status writes
        }
    }

    private static void started(TrafficState s, TrafficStarted t) {
        s.started = true;
        s.rate = t.requestsPerSecond();
        s.proxyMode = t.proxyMode();
        s.targets = t.targets();
        s.services = t.services();
        s.ingresses = t.ingresses();
        s.serviceTypes = t.serviceTypes();
        s.routes = t.routes();
    }

    /**
     * Live: the Services and Ingresses as the cluster holds them; no client, so the rate stays 0. The slices of a
     * Service that was shown and is gone go with it; a slice whose Service has not been observed yet stays (the
     * EndpointSlice informer may list before the Service informer does).
     */
    private static void observed(TrafficState s, ServicesObserved o) {
        List<String> gone = new ArrayList<>(s.services());
        gone.removeAll(o.services());
        s.slices.keySet().removeAll(gone);
        s.started = true;
        s.proxyMode = "live";
        s.services = o.services();
        s.ingresses = o.ingresses();
        s.serviceTypes = o.serviceTypes();
        s.routes = o.routes();
        s.liveServices.clear();
        s.liveIngresses.clear();
        s.liveStale = false;
    }

    /** Live, one object at a time: the lists the views read are re-made from the maps when next read. */
    private static TrafficState live(TrafficState s) {
        s.started = true;
        s.proxyMode = "live";
        s.liveStale = true;
        return s;
    }

    private static void synced(TrafficState s, ProxyRulesSynced p) {
        Map<String, List<String>> byService = new TreeMap<>(s.rules.getOrDefault(p.node(), Map.of()));
        byService.put(p.service(), p.endpoints());
        s.rules.put(p.node(), Collections.unmodifiableMap(byService));
    }

    private static void sampled(TrafficState s, RequestSampled r) {
        s.packets.addLast(r);
        while (s.packets.size() > TrafficState.PACKETS) {
            s.packets.removeFirst();
        }
        if (r.status() != 200) {
            s.failures.addLast(r);
            while (s.failures.size() > TrafficState.FAILURES) {
                s.failures.removeFirst();
            }
        }
    }
}
