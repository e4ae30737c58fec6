package dev.podium.live.informer;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CustomResourceDefinitions as {@link CrdRecord}s and custom objects, read generically, as {@link StatusRecord}s
 * with their creation time as summary ({@code created=2026-12-05T10:00:00Z}) and their {@code status.conditions}
 * (type, status, reason, message). Nothing of a custom object's spec is kept: it may hold anything, secrets too.
 * Thread-safe.
 */
final class CompactCustom {
    private final ValuePool pool;
    private final CompactWorkloads workloads;

    CompactCustom(ValuePool pool) {
        this.pool = pool;
        this.workloads = new CompactWorkloads(pool);
    }

    CrdRecord crd(CustomResourceDefinition c) {
        String version = "";
        for (CustomResourceDefinitionVersion v : c.getSpec().getVersions()) {
            if (Boolean.TRUE.equals(v.getServed()) && (version.isEmpty() || Boolean.TRUE.equals(v.getStorage()))) {
                version = v.getName();
            }
        }
        return new CrdRecord(Compact.key(c), pool.share(c.getSpec().getGroup()), pool.share(version),
                pool.share(c.getSpec().getNames().getKind()), pool.share(c.getSpec().getNames().getPlural()),
                pool.share(c.getSpec().getScope()));
    }

    StatusRecord object(String kind, GenericKubernetesResource r) {
        String created = r.getMetadata().getCreationTimestamp();
        List<StatusRecord.Condition> conditions = new ArrayList<>();
        Object status = r.getAdditionalProperties().get("status");
        if (status instanceof Map<?, ?> s && s.get("conditions") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> c && c.get("type") != null) {
                    conditions.add(workloads.condition(text(c.get("type")), text(c.get("status")),
                            text(c.get("reason")), text(c.get("message"))));
                }
            }
        }
        return new StatusRecord(kind, Compact.key(r), created == null ? "" : "created=" + created,
                workloads.conditions(conditions));
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
