package dev.podium.live.informer;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetCondition;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetCondition;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import java.util.ArrayList;
import java.util.List;

/**
 * StatefulSets, DaemonSets and Jobs as {@link StatusRecord}s: READY ready/desired as kubectl shows it
 * ({@code ready=2/3}), a Job's {@code succeeded=1/5 active=2 failed=0} (completions unset counts as 1), and their
 * status conditions. Nothing of the pod template is kept. Summaries and condition lists come from the session's
 * {@link ValuePool}: they repeat across objects. Thread-safe.
 */
final class CompactWorkloads {
    private final ValuePool pool;

    CompactWorkloads(ValuePool pool) {
        this.pool = pool;
    }

    StatusRecord statefulSet(StatefulSet s) {
        int desired = s.getSpec() == null || s.getSpec().getReplicas() == null ? 1 : s.getSpec().getReplicas();
        int ready = s.getStatus() == null ? 0 : zero(s.getStatus().getReadyReplicas());
        List<StatusRecord.Condition> conditions = new ArrayList<>();
        if (s.getStatus() != null) {
            for (StatefulSetCondition c : s.getStatus().getConditions()) {
                conditions.add(condition(c.getType(), c.getStatus(), c.getReason(), c.getMessage()));
            }
        }
        return new StatusRecord("StatefulSet", Compact.key(s), pool.share("ready=" + ready + "/" + desired),
                conditions(conditions));
    }

    StatusRecord daemonSet(DaemonSet d) {
        int desired = d.getStatus() == null ? 0 : zero(d.getStatus().getDesiredNumberScheduled());
        int ready = d.getStatus() == null ? 0 : zero(d.getStatus().getNumberReady());
        List<StatusRecord.Condition> conditions = new ArrayList<>();
        if (d.getStatus() != null) {
            for (DaemonSetCondition c : d.getStatus().getConditions()) {
                conditions.add(condition(c.getType(), c.getStatus(), c.getReason(), c.getMessage()));
            }
        }
        return new StatusRecord("DaemonSet", Compact.key(d), pool.share("ready=" + ready + "/" + desired),
                conditions(conditions));
    }

    StatusRecord job(Job j) {
        int completions = j.getSpec() == null || j.getSpec().getCompletions() == null ? 1
                : j.getSpec().getCompletions();
        int succeeded = j.getStatus() == null ? 0 : zero(j.getStatus().getSucceeded());
        int active = j.getStatus() == null ? 0 : zero(j.getStatus().getActive());
        int failed = j.getStatus() == null ? 0 : zero(j.getStatus().getFailed());
        List<StatusRecord.Condition> conditions = new ArrayList<>();
        if (j.getStatus() != null) {
            for (JobCondition c : j.getStatus().getConditions()) {
                conditions.add(condition(c.getType(), c.getStatus(), c.getReason(), c.getMessage()));
            }
        }
        return new StatusRecord("Job", Compact.key(j), pool.share("succeeded=" + succeeded + "/" + completions
                + " active=" + active + " failed=" + failed), conditions(conditions));
    }

    StatusRecord.Condition condition(String type, String status, String reason, String message) {
        return new StatusRecord.Condition(pool.share(type), pool.share(status == null ? "Unknown" : status),
                pool.share(reason), message == null ? "" : message);
    }

    /**
     * The conditions as an immutable list from the pool: controllers write the same few conditions (a finished Job's
     * {@code Complete True}) with the same reason and message on many objects, which then hold one list between them.
     */
    List<StatusRecord.Condition> conditions(List<StatusRecord.Condition> conditions) {
        return conditions.isEmpty() ? List.of() : pool.intern(List.copyOf(conditions));
    }

    private static int zero(Integer v) {
        return v == null ? 0 : v;
    }
}
