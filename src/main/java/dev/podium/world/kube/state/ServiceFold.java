package dev.podium.world.kube.state;

import dev.podium.world.kube.event.EndpointsChanged;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.ServiceCreated;
import dev.podium.world.kube.event.ServiceDeleted;
import java.util.List;

/**
 * The Service part of {@link KubeProjection}: a Service starts with no endpoints, and each EndpointsChanged replaces
 * its ready and not-ready addresses; ServiceDeleted removes it. Endpoints of an unknown Service change nothing. Pure.
 */
final class ServiceFold {
    private ServiceFold() {
    }

    /** Folds {@code e} if it is a ServiceCreated, ServiceDeleted or EndpointsChanged; false otherwise. */
    static boolean apply(KubeState s, KubeEvent e) {
        if (e instanceof ServiceCreated c) {
            s.services.put(c.service(), new ServiceView(c.service(), c.selector(), List.of(), List.of()));
        } else if (e instanceof ServiceDeleted d) {
            s.services.remove(d.service());
        } else if (e instanceof EndpointsChanged c) {
            endpointsChanged(s, c);
        } else {
            return false;
        }
        return true;
    }

    private static void endpointsChanged(KubeState s, EndpointsChanged c) {
        ServiceView v = s.services.get(c.service());
        if (v != null) {
            s.services.put(c.service(), new ServiceView(v.key(), v.selector(), c.ready(), c.notReady()));
        }
    }
}
