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
 * status conditions. Nothing of the pod template is kept. Thread-safe.
 */
final class CompactWorkloads {
    private CompactWorkloads() {
    }

    static StatusRecord statefulSet(StatefulSet s) {
        int desired = s.getSpec() == null || s.getSpec().getReplicas() == null ? 1 : s.getSpec().getReplicas();
        int ready = s.getStatus() == null ? 0 : zero(s.getStatus().getReadyReplicas());
        List<StatusRecord.Condition> conditions = new ArrayList<>();
        if (s.getStatus() != null) {
            for (StatefulSetCondition c : s.getStatus().getConditions()) {
                conditions.add(condition(c.getType(), c.getStatus(), c.getReason(), c.getMessage()));
            }
        }
        return new StatusRecord("StatefulSet", Compact.key(s), "ready=" + ready + "/" + desired, conditions);
    }

    static StatusRecord daemonSet(DaemonSet d) {
        int desired = d.getStatus() == null ? 0 : zero(d.getStatus().getDesiredNumberScheduled());
        int ready = d.getStatus() == null ? 0 : zero(d.getStatus().getNumberReady());
        List<StatusRecord.Condition> conditions = new ArrayList<>();
        if (d.getStatus() != null) {
            for (DaemonSetCondition c : d.getStatus().getConditions()) {
                conditions.add(condition(c.getType(), c.getStatus(), c.getReason(), c.getMessage()));
            }
        }
        return new StatusRecord("DaemonSet", Compact.key(d), "ready=" + ready + "/" + desired, conditions);
    }

    static StatusRecord job(Job j) {
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
        return new StatusRecord("Job", Compact.key(j), "succeeded=" + succeeded + "/" + completions + " active="
                + active + " failed=" + failed, conditions);
    }

    static StatusRecord.Condition condition(String type, String status, String reason, String message) {
        return new StatusRecord.Condition(Compact.share(type), Compact.share(status == null ? "Unknown" : status),
                Compact.share(reason), message == null ? "" : message);
    }

    private static int zero(Integer v) {
        return v == null ? 0 : v;
    }
}
