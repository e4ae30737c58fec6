package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.ContainerRestarted;
import dev.podium.world.kube.event.ContainerStarted;
import dev.podium.world.kube.event.ImagePullFailed;
import dev.podium.world.kube.event.ImagePullStarted;
import dev.podium.world.kube.event.ImagePulled;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.ProbeFailed;
import io.fabric8.kubernetes.api.model.Event;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The kubelet's core/v1 Events about pods as Kubernetes-world events, so the projection's event lines show them:
 * Pulling, Pulled, Failed (image pulls), Started, BackOff, Unhealthy. Each Event counts once when it appears and
 * again whenever its count grows; other reasons are ignored. The live stream knows no durations or back-offs:
 * they are 0. Also converts fabric8 Events to {@link ClusterEventRecord}s (strings from the session's
 * {@link ValuePool}). Stateless.
 */
final class ClusterEventDiffer implements KindDiffer<ClusterEventRecord> {

    private final ValuePool pool;

    ClusterEventDiffer(ValuePool pool) {
        this.pool = pool;
    }

    ClusterEventRecord record(Event e) {
        var involved = e.getInvolvedObject();
        boolean pod = involved != null && "Pod".equals(involved.getKind());
        String podKey = pod ? involved.getNamespace() + "/" + involved.getName() : "";
        String container = "";
        String fieldPath = pod ? involved.getFieldPath() : null;
        if (fieldPath != null && fieldPath.indexOf('{') > 0 && fieldPath.endsWith("}")) {
            container = fieldPath.substring(fieldPath.indexOf('{') + 1, fieldPath.length() - 1);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        String image = "";
        int open = message.indexOf('"');
        int close = open < 0 ? -1 : message.indexOf('"', open + 1);
        if (message.toLowerCase(Locale.ROOT).contains("image") && close > open) {
            image = message.substring(open + 1, close);
        }
        String probe = "";
        int probeWord = message.indexOf(" probe failed");
        if (probeWord > 0) {
            probe = message.substring(0, probeWord).toLowerCase(Locale.ROOT);
        }
        String node = e.getSource() == null || e.getSource().getHost() == null ? "" : e.getSource().getHost();
        return new ClusterEventRecord(Compact.key(e), pool.share(e.getReason()), pool.share(podKey),
                pool.share(container), pool.share(node), pool.share(image), pool.share(probe),
                e.getCount() == null ? 1 : e.getCount());
    }

    @Override
    public void added(ClusterEventRecord now, List<LongFunction<WorldEvent>> out) {
        if (now.pod().isEmpty()) {
            return;
        }
        switch (now.reason()) {
            case "Pulling":
                out.add(t -> new ImagePullStarted(t, now.node(), now.pod(), now.image()));
                break;
            case "Pulled":
                out.add(t -> new ImagePulled(t, now.node(), now.pod(), now.image(), 0));
                break;
            case "Failed":
                if (!now.image().isEmpty()) {
                    out.add(t -> new ImagePullFailed(t, now.node(), now.pod(), now.image(), 0));
                }
                break;
            case "Started":
                out.add(t -> new ContainerStarted(t, now.pod(), now.container(), 0));
                break;
            case "BackOff":
                out.add(t -> new ContainerRestarted(t, now.pod(), now.container(), now.count(), 0));
                break;
            case "Unhealthy":
                out.add(t -> new ProbeFailed(t, now.pod(), now.container(), now.probe(), now.count(), 0));
                break;
            default:
                break;
        }
    }

    @Override
    public void changed(ClusterEventRecord before, ClusterEventRecord now, List<LongFunction<WorldEvent>> out) {
        if (now.count() > before.count()) {
            added(now, out);
        }
    }

    @Override
    public void removed(ClusterEventRecord before, List<LongFunction<WorldEvent>> out) {
        // Events expire (one hour by default); their lines stay in the history.
    }
}
