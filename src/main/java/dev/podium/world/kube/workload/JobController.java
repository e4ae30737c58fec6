package dev.podium.world.kube.workload;

import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.control.Names;
import dev.podium.world.kube.informer.ControllerLoop;
import dev.podium.world.kube.informer.ReconcileContext;
import dev.podium.world.kube.informer.Reconciler;
import dev.podium.world.kube.informer.SharedInformer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Job controller (k/k pkg/controller/job): keeps min(parallelism, completions − succeeded) pods active until
 * {@code completions} pods have Succeeded (condition Complete). Failures count against backoffLimit: Failed pods
 * under restartPolicy Never (each replaced by a new pod after a back-off of 10 s doubling per failure, capped at
 * 6 min), container restarts under OnFailure (the kubelet restarts the container in the same pod). More failures
 * than backoffLimit: condition Failed, reason BackoffLimitExceeded, and the active pods are deleted. Kernel thread
 * only.
 */
final class JobController implements Reconciler {
    static final String NAME = "job";
    static final String JOB_NAME_LABEL = "batch.kubernetes.io/job-name";
    static final long BACKOFF_BASE_NANOS = 10_000_000_000L;
    static final long BACKOFF_MAX_NANOS = 360_000_000_000L;

    private final Kernel kernel;
    private final ApiServer api;
    private final SharedInformer pods;
    private final SharedInformer jobs;
    private final String byOwner;
    private final ControllerLoop loop;
    private final RandomStream names;
    /** Per Job: Failed pods seen so far and when their count last went up. */
    private final Map<String, long[]> failures = new HashMap<>();

    JobController(Kernel kernel, ApiServer api, SharedInformer pods, SharedInformer jobs, String byOwner,
            ControllerLoop.Factory factory) {
        this.kernel = kernel;
        this.api = api;
        this.pods = pods;
        this.jobs = jobs;
        this.byOwner = byOwner;
        this.loop = factory.create(NAME, this);
        this.names = kernel.random("kube.job.names");
        jobs.addHandler(Handlers.ownKey(loop.queue()));
        pods.addHandler(Handlers.podOwner(Job.OWNER_PREFIX, loop.queue()));
    }

    @Override
    public void reconcile(String key, ReconcileContext ctx) {
        Job job = (Job) jobs.indexer().get(key);
        if (job == null) {
            failures.remove(key);
            ctx.observed("deleted");
            return;
        }
        List<Pod> active = new ArrayList<>();
        int succeeded = 0;
        int failedPods = 0;
        int restarts = 0;
        for (String podKey : pods.indexer().keys(byOwner, job.ownerTag())) {
            Pod p = (Pod) pods.indexer().get(podKey);
            if ("Succeeded".equals(p.phase())) {
                succeeded++;
            } else if ("Failed".equals(p.phase())) {
                failedPods++;
            } else if (!p.deleting()) {
                active.add(p);
                restarts += p.restarts();
            }
        }
        int failed = failedPods + ("OnFailure".equals(job.template().spec().restartPolicy()) ? restarts : 0);
        ctx.observed("completions " + succeeded + "/" + job.completions() + " active " + active.size() + " failed "
                + failed + "/" + job.backoffLimit());
        String condition = job.condition();
        String reason = job.reason();
        if (!job.finished() && failed > job.backoffLimit()) {
            condition = "Failed";
            reason = "BackoffLimitExceeded";
        } else if (!job.finished() && succeeded >= job.completions()) {
            condition = "Complete";
            reason = "CompletionsReached";
        }
        if (!condition.isEmpty()) {
            String why = condition.equals("Failed") ? "BackoffLimitExceeded" : "JobComplete";
            for (Pod p : active) {
                ctx.write(() -> api.deletePod(p.key(), p.spec().terminationGraceNanos(), why));
                ctx.action("deletePods", 1);
            }
        } else {
            int want = Math.min(job.parallelism(), job.completions() - succeeded);
            long wait = backoffLeft(key, failedPods);
            if (active.size() < want && wait > 0) {
                ctx.observed("completions " + succeeded + "/" + job.completions() + " back-off "
                        + wait / 1_000_000 + " ms");
                ctx.requeueAfter(wait);
            } else {
                for (int i = active.size(); i < want; i++) {
                    create(job, ctx);
                }
            }
        }
        int nowActive = condition.isEmpty() ? Math.max(active.size(), Math.min(job.parallelism(),
                job.completions() - succeeded)) : 0;
        if (job.finished()) {
            return; // the final status stays as written
        }
        if (job.active() != nowActive || job.succeeded() != succeeded || job.failed() != failed
                || !job.condition().equals(condition)) {
            Job next = job.withStatus(nowActive, succeeded, failed, condition, reason);
            ctx.write(() -> api.update(next, NAME));
            ctx.action("updateStatus", 1);
        }
    }

    /**
     * How long the Job must still wait before it may create a pod, after {@code failedPods} Failed pods: 10 s after
     * the first, doubling per further failure, at most 6 min, counted from when the last failure was seen.
     */
    private long backoffLeft(String key, int failedPods) {
        long[] seen = failures.computeIfAbsent(key, k -> new long[] {0, 0});
        if (failedPods > seen[0]) {
            seen[0] = failedPods;
            seen[1] = kernel.now();
        }
        if (failedPods == 0) {
            return 0;
        }
        return Math.max(0, seen[1] + backoff(failedPods) - kernel.now());
    }

    /** The back-off after {@code failures} failures (at least 1). */
    static long backoff(int failures) {
        long b = BACKOFF_BASE_NANOS;
        for (int i = 1; i < failures && b < BACKOFF_MAX_NANOS; i++) {
            b *= 2;
        }
        return Math.min(b, BACKOFF_MAX_NANOS);
    }

    private void create(Job job, ReconcileContext ctx) {
        String name;
        do {
            name = job.name() + "-" + Names.suffix(names);
        } while (api.get(Kind.POD, job.namespace() + "/" + name) != null);
        Map<String, String> labels = new TreeMap<>(job.template().labels());
        labels.put(JOB_NAME_LABEL, job.name());
        Pod pod = Pod.create(job.namespace(), name, labels, job.ownerTag(), job.template().spec(), kernel.now());
        ctx.write(() -> api.create(pod, NAME));
        ctx.action("createPods", 1);
    }
}
