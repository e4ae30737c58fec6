package dev.podium.live.informer;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns fabric8 objects into our compact records, keeping only what the projection needs and nothing secret
 * (no env values, no annotations but the revision, no Secret data: Secrets are never watched). Strings that repeat
 * across objects (node names, images, phases, owners) are shared through the session's {@link ValuePool}, so ten
 * thousand pods of one Deployment hold one copy of its image name. Thread-safe.
 */
final class Compact {

    private final ValuePool pool;

    Compact(ValuePool pool) {
        this.pool = pool;
    }

    /** The session's shared instance of {@code s} ("" for null). */
    private String share(String s) {
        return pool.share(s);
    }

    /** namespace/name, or the name alone for cluster-scoped objects. */
    static String key(HasMetadata o) {
        ObjectMeta m = o.getMetadata();
        return m.getNamespace() == null || m.getNamespace().isEmpty() ? m.getName()
                : m.getNamespace() + "/" + m.getName();
    }

    PodRecord pod(Pod p) {
        ObjectMeta m = p.getMetadata();
        PodStatusText.Result text = PodStatusText.of(p);
        List<Container> containers = p.getSpec() == null ? List.of() : p.getSpec().getContainers();
        long cpu = 0;
        long mem = 0;
        for (Container c : containers) {
            if (c.getResources() != null) {
                cpu += milli(c.getResources().getRequests().get("cpu"));
                mem += amount(c.getResources().getRequests().get("memory"));
            }
        }
        String phase = p.getStatus() == null || p.getStatus().getPhase() == null ? "Pending"
                : p.getStatus().getPhase();
        boolean ready = p.getStatus() != null && PodStatusText.condition(p.getStatus(), "Ready");
        long graceNanos = m.getDeletionGracePeriodSeconds() == null ? 0
                : m.getDeletionGracePeriodSeconds() * 1_000_000_000L;
        return new PodRecord(key(p), share(owner(m, p.getMetadata().getNamespace(), "ReplicaSet")),
                share(p.getSpec() == null ? "" : p.getSpec().getNodeName()), share(phase), share(text.status()), ready,
                text.readyContainers(), containers.size(), text.restarts(), cpu, mem,
                share(containers.isEmpty() ? "" : containers.get(0).getImage()), m.getDeletionTimestamp() != null,
                graceNanos, share(controller(m, p.getMetadata().getNamespace())));
    }

    /** The controller owner that is not a ReplicaSet, as {@code Kind namespace/name}, or "". */
    private static String controller(ObjectMeta m, String namespace) {
        for (OwnerReference ref : m.getOwnerReferences()) {
            if (Boolean.TRUE.equals(ref.getController()) && !"ReplicaSet".equals(ref.getKind())) {
                return ref.getKind() + " " + namespace + "/" + ref.getName();
            }
        }
        return "";
    }

    NodeRecord node(Node n) {
        Map<String, Quantity> alloc = n.getStatus() == null ? Map.of() : n.getStatus().getAllocatable();
        String ready = "Unknown";
        String reason = "";
        if (n.getStatus() != null) {
            for (NodeCondition c : n.getStatus().getConditions()) {
                if ("Ready".equals(c.getType())) {
                    ready = c.getStatus();
                    reason = c.getReason();
                }
            }
        }
        List<String> taints = new ArrayList<>();
        if (n.getSpec() != null) {
            for (Taint t : n.getSpec().getTaints()) {
                taints.add(share(t.getKey() + "=" + (t.getValue() == null ? "" : t.getValue()) + ":"
                        + t.getEffect()));
            }
        }
        boolean cordoned = n.getSpec() != null && Boolean.TRUE.equals(n.getSpec().getUnschedulable());
        return new NodeRecord(share(n.getMetadata().getName()), milli(alloc.get("cpu")), amount(alloc.get("memory")),
                (int) amount(alloc.get("pods")), share(ready), share(reason), cordoned, taints);
    }

    DeploymentRecord deployment(Deployment d) {
        DeploymentStrategy strategy = d.getSpec().getStrategy();
        String type = strategy == null || strategy.getType() == null ? "RollingUpdate" : strategy.getType();
        String surge = "";
        String unavailable = "";
        if (strategy != null && strategy.getRollingUpdate() != null) {
            surge = text(strategy.getRollingUpdate().getMaxSurge());
            unavailable = text(strategy.getRollingUpdate().getMaxUnavailable());
        } else if ("RollingUpdate".equals(type)) {
            surge = "25%";
            unavailable = "25%";
        }
        List<Container> containers = d.getSpec().getTemplate() == null || d.getSpec().getTemplate().getSpec() == null
                ? List.of() : d.getSpec().getTemplate().getSpec().getContainers();
        Container first = containers.isEmpty() ? null : containers.get(0);
        var st = d.getStatus();
        return new DeploymentRecord(key(d), orOne(d.getSpec().getReplicas()), share(type), share(surge),
                share(unavailable), share(first == null ? "" : first.getName()), share(first == null ? ""
                        : first.getImage()), st == null ? 0 : zero(st.getReplicas()),
                st == null ? 0 : zero(st.getUpdatedReplicas()), st == null ? 0 : zero(st.getReadyReplicas()),
                st == null ? 0 : zero(st.getAvailableReplicas()));
    }

    ReplicaSetRecord replicaSet(ReplicaSet r) {
        ObjectMeta m = r.getMetadata();
        int revision = 0;
        String rev = m.getAnnotations() == null ? null : m.getAnnotations().get("deployment.kubernetes.io/revision");
        if (rev != null) {
            try {
                revision = Integer.parseInt(rev);
            } catch (NumberFormatException e) {
                revision = 0;
            }
        }
        String hash = m.getLabels() == null ? "" : m.getLabels().getOrDefault("pod-template-hash", "");
        List<Container> containers = r.getSpec().getTemplate() == null || r.getSpec().getTemplate().getSpec() == null
                ? List.of() : r.getSpec().getTemplate().getSpec().getContainers();
        var st = r.getStatus();
        return new ReplicaSetRecord(key(r), share(owner(m, m.getNamespace(), "Deployment")), revision, share(hash),
                orOne(r.getSpec().getReplicas()), share(containers.isEmpty() ? "" : containers.get(0).getImage()),
                st == null ? 0 : zero(st.getReplicas()), st == null ? 0 : zero(st.getReadyReplicas()),
                st == null ? 0 : zero(st.getAvailableReplicas()));
    }

    HpaRecord hpa(HorizontalPodAutoscaler h) {
        String ns = h.getMetadata().getNamespace();
        int target = -1;
        for (MetricSpec metric : h.getSpec().getMetrics()) {
            if (metric.getResource() != null && "cpu".equals(metric.getResource().getName())
                    && metric.getResource().getTarget() != null
                    && metric.getResource().getTarget().getAverageUtilization() != null) {
                target = metric.getResource().getTarget().getAverageUtilization();
            }
        }
        int current = -1;
        int currentReplicas = 0;
        int desired = 0;
        String lastScale = "";
        if (h.getStatus() != null) {
            for (MetricStatus metric : h.getStatus().getCurrentMetrics()) {
                if (metric.getResource() != null && "cpu".equals(metric.getResource().getName())
                        && metric.getResource().getCurrent() != null
                        && metric.getResource().getCurrent().getAverageUtilization() != null) {
                    current = metric.getResource().getCurrent().getAverageUtilization();
                }
            }
            currentReplicas = zero(h.getStatus().getCurrentReplicas());
            desired = zero(h.getStatus().getDesiredReplicas());
            lastScale = h.getStatus().getLastScaleTime() == null ? "" : h.getStatus().getLastScaleTime();
        }
        String targetKey = ns + "/" + h.getSpec().getScaleTargetRef().getName();
        return new HpaRecord(key(h), share(targetKey), orOne(h.getSpec().getMinReplicas()),
                zero(h.getSpec().getMaxReplicas()), target, current, currentReplicas, desired, lastScale);
    }

    private static String owner(ObjectMeta m, String namespace, String kind) {
        for (OwnerReference ref : m.getOwnerReferences()) {
            if (Boolean.TRUE.equals(ref.getController()) && kind.equals(ref.getKind())) {
                return namespace + "/" + ref.getName();
            }
        }
        return "";
    }

    private static String text(IntOrString v) {
        if (v == null) {
            return "";
        }
        return v.getStrVal() != null ? v.getStrVal() : String.valueOf(v.getIntVal());
    }

    private static long milli(Quantity q) {
        return q == null ? 0 : q.getNumericalAmount().multiply(BigDecimal.valueOf(1000)).longValue();
    }

    private static long amount(Quantity q) {
        return q == null ? 0 : q.getNumericalAmount().longValue();
    }

    private static int orOne(Integer v) {
        return v == null ? 1 : v;
    }

    private static int zero(Integer v) {
        return v == null ? 0 : v;
    }
}
