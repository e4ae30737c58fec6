package dev.podium.world.kube;

/**
 * The knobs of the simulated cluster: latencies of the simulated processes, worker counts and client rate
 * limits. All durations are simulated nanoseconds. {@link #defaults()} gives the values documented in
 * {@code docs/kube-fidelity.md}; Kubernetes defaults come from shared/reference/kubernetes.md, latencies that
 * Kubernetes does not fix (how long an API write or an image pull takes) are plausible guesses.
 *
 * @param apiWriteNanos time from a client sending a write to etcd committing it (default 2 ms)
 * @param watchDelayNanos time from a commit to a watcher receiving the event (default 1 ms)
 * @param listBaseNanos LIST latency, plus {@code listPerPageNanos} per page of 500 items (default 10 ms + 5 ms)
 * @param listPerPageNanos see {@code listBaseNanos}
 * @param reconcileNanos CPU time of one reconcile before its API calls (default 200 µs)
 * @param kcmQps client QPS of each kube-controller-manager controller (default 20, burst 30)
 * @param kcmBurst see {@code kcmQps}
 * @param schedulerQps kube-scheduler client QPS (default 50, burst 100)
 * @param schedulerBurst see {@code schedulerQps}
 * @param replicaSetWorkers --concurrent-replicaset-syncs (5)
 * @param deploymentWorkers --concurrent-deployment-syncs (5)
 * @param hpaWorkers --concurrent-horizontal-pod-autoscaler-syncs (5)
 * @param endpointsWorkers endpoints controller workers (5)
 * @param resyncNanos informer resync period; 0 disables (KCM's 12-24 h never fires in a short run: default 0)
 * @param scheduleCycleBaseNanos one scheduling cycle: base time (default 300 µs)
 * @param scheduleCyclePerNodeNanos plus this per node filtered or scored (default 1 µs)
 * @param podInitialBackoffNanos scheduler podInitialBackoffSeconds (1 s)
 * @param podMaxBackoffNanos scheduler podMaxBackoffSeconds (10 s)
 * @param percentageOfNodesToScore 0 = adaptive (max(50 - N/125, 5) %, at least 100 nodes)
 * @param sandboxNanos kubelet: pod sandbox and network set-up (default 500 ms)
 * @param imagePullNanos kubelet: mean image pull, drawn uniformly in [0.5, 1.5) x mean per node (default 4 s)
 * @param containerStartNanos kubelet: create and start one container (default 1 s)
 * @param containerStopNanos kubelet: how long a container takes to exit after SIGTERM, capped by the grace
 *     period (default 500 ms)
 * @param crashAfterNanos how long a {@code :crashloop} image runs before exiting with code 1 (default 3 s)
 * @param statusUpdateNanos kubelet status manager delay before it writes a changed pod status (default 100 ms)
 * @param nodeMonitorPeriodNanos KCM --node-monitor-period (5 s)
 * @param nodeMonitorGraceNanos KCM --node-monitor-grace-period (50 s since 1.32; 40 s before)
 * @param leaseRenewNanos kubelet lease renew interval (10 s = 0.25 x 40 s)
 * @param evictionQps node-eviction-rate: NoExecute taints added per second (0.1)
 * @param hpaSyncNanos HPA sync period (15 s)
 * @param hpaTolerancePermille HPA tolerance in thousandths (100 = 0.1)
 * @param traceWatchEvents emit {@code WatchEventDelivered} for every watch event (the pipeline view needs it;
 *     a bench may turn it off)
 */
public record KubeParams(long apiWriteNanos, long watchDelayNanos, long listBaseNanos, long listPerPageNanos,
        long reconcileNanos, double kcmQps, int kcmBurst, double schedulerQps, int schedulerBurst,
        int replicaSetWorkers, int deploymentWorkers, int hpaWorkers, int endpointsWorkers, long resyncNanos,
        long scheduleCycleBaseNanos, long scheduleCyclePerNodeNanos, long podInitialBackoffNanos,
        long podMaxBackoffNanos, int percentageOfNodesToScore, long sandboxNanos, long imagePullNanos,
        long containerStartNanos, long containerStopNanos, long crashAfterNanos, long statusUpdateNanos,
        long nodeMonitorPeriodNanos, long nodeMonitorGraceNanos, long leaseRenewNanos, double evictionQps,
        long hpaSyncNanos, int hpaTolerancePermille, boolean traceWatchEvents) {

    public static final long MS = 1_000_000L;
    public static final long SECOND = 1_000_000_000L;

    /** The documented defaults. */
    public static KubeParams defaults() {
        return new KubeParams(2 * MS, MS, 10 * MS, 5 * MS, MS / 5, 20, 30, 50, 100, 5, 5, 5, 5, 0,
                300_000L, 1_000L, SECOND, 10 * SECOND, 0, 500 * MS, 4 * SECOND, SECOND, 500 * MS, 3 * SECOND,
                100 * MS, 5 * SECOND, 50 * SECOND, 10 * SECOND, 0.1, 15 * SECOND, 100, true);
    }

    /** A copy with other client rate limits (large clusters raise --kube-api-qps). */
    public KubeParams withClientQps(double kcm, int kcmBurstValue, double scheduler, int schedulerBurstValue) {
        return new KubeParams(apiWriteNanos, watchDelayNanos, listBaseNanos, listPerPageNanos, reconcileNanos, kcm,
                kcmBurstValue, scheduler, schedulerBurstValue, replicaSetWorkers, deploymentWorkers, hpaWorkers,
                endpointsWorkers, resyncNanos, scheduleCycleBaseNanos, scheduleCyclePerNodeNanos,
                podInitialBackoffNanos, podMaxBackoffNanos, percentageOfNodesToScore, sandboxNanos, imagePullNanos,
                containerStartNanos, containerStopNanos, crashAfterNanos, statusUpdateNanos, nodeMonitorPeriodNanos,
                nodeMonitorGraceNanos, leaseRenewNanos, evictionQps, hpaSyncNanos, hpaTolerancePermille,
                traceWatchEvents);
    }

    /** A copy with {@code WatchEventDelivered} tracing on or off. */
    public KubeParams withTraceWatchEvents(boolean trace) {
        return new KubeParams(apiWriteNanos, watchDelayNanos, listBaseNanos, listPerPageNanos, reconcileNanos,
                kcmQps, kcmBurst, schedulerQps, schedulerBurst, replicaSetWorkers, deploymentWorkers, hpaWorkers,
                endpointsWorkers, resyncNanos, scheduleCycleBaseNanos, scheduleCyclePerNodeNanos,
                podInitialBackoffNanos, podMaxBackoffNanos, percentageOfNodesToScore, sandboxNanos, imagePullNanos,
                containerStartNanos, containerStopNanos, crashAfterNanos, statusUpdateNanos, nodeMonitorPeriodNanos,
                nodeMonitorGraceNanos, leaseRenewNanos, evictionQps, hpaSyncNanos, hpaTolerancePermille, trace);
    }

    /** A copy with another node-monitor grace period (40 s reproduces Kubernetes up to 1.31). */
    public KubeParams withNodeMonitorGrace(long graceNanos) {
        return new KubeParams(apiWriteNanos, watchDelayNanos, listBaseNanos, listPerPageNanos, reconcileNanos,
                kcmQps, kcmBurst, schedulerQps, schedulerBurst, replicaSetWorkers, deploymentWorkers, hpaWorkers,
                endpointsWorkers, resyncNanos, scheduleCycleBaseNanos, scheduleCyclePerNodeNanos,
                podInitialBackoffNanos, podMaxBackoffNanos, percentageOfNodesToScore, sandboxNanos, imagePullNanos,
                containerStartNanos, containerStopNanos, crashAfterNanos, statusUpdateNanos, nodeMonitorPeriodNanos,
                graceNanos, leaseRenewNanos, evictionQps, hpaSyncNanos, hpaTolerancePermille, traceWatchEvents);
    }

    /** A copy with another informer resync period (0 disables it). */
    public KubeParams withResync(long periodNanos) {
        return new KubeParams(apiWriteNanos, watchDelayNanos, listBaseNanos, listPerPageNanos, reconcileNanos,
                kcmQps, kcmBurst, schedulerQps, schedulerBurst, replicaSetWorkers, deploymentWorkers, hpaWorkers,
                endpointsWorkers, periodNanos, scheduleCycleBaseNanos, scheduleCyclePerNodeNanos,
                podInitialBackoffNanos, podMaxBackoffNanos, percentageOfNodesToScore, sandboxNanos, imagePullNanos,
                containerStartNanos, containerStopNanos, crashAfterNanos, statusUpdateNanos, nodeMonitorPeriodNanos,
                nodeMonitorGraceNanos, leaseRenewNanos, evictionQps, hpaSyncNanos, hpaTolerancePermille,
                traceWatchEvents);
    }
}
