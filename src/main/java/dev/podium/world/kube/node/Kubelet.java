package dev.podium.world.kube.node;

import dev.podium.engine.EventHandle;
import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Node;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.WatchType;
import dev.podium.world.kube.event.ContainerExited;
import dev.podium.world.kube.event.ContainerRestarted;
import dev.podium.world.kube.event.ContainerStarted;
import dev.podium.world.kube.spec.ContainerSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The kubelet of one node. It watches the pods bound to its node and, for a new pod, sets up the sandbox
 * ({@code sandboxNanos}), runs ordinary init containers one after another, then starts the containers in order,
 * each after its image is present ({@link ImageManager}) and {@code containerStartNanos}. Probe workers tick every
 * {@code periodSeconds} from when the pod was added (with a random start delay only in the kubelet's first
 * period), skip before {@code initialDelaySeconds} and, for liveness and readiness, until the startup probe has
 * succeeded; results flip after failureThreshold / successThreshold consecutive outcomes. A failed liveness or
 * startup probe kills the container (exit 137).
 *
 * <p>How a probe goes and whether a process exits by itself is the {@link ContainerBehaviour}'s answer; the kubelet
 * applies the probe's {@code timeoutSeconds} to it. An answer that takes time is observed when it arrives, or as a
 * failure when the timeout expires first (k/k prober: the worker blocks in the probe meanwhile). A tick that comes
 * while the worker is blocked is kept and probes as soon as the answer is in; further ticks are dropped (Go's
 * {@code time.Ticker} buffers one). An answer for an instance that has since exited is ignored.
 *
 * <p>Exited containers restart per restartPolicy with the crash-loop back-off (k/k kuberuntime_manager.go
 * {@code doBackOff} over flowcontrol.Backoff): the first exit restarts at once and sets the delay to 10 s; each
 * later exit waits the current delay, then doubles it up to 300 s; the entry resets when 600 s pass between
 * updates. So restarts wait 0, 10, 20, 40, 80, 160, 300, 300 s. The STATUS shows Error/Completed at the exit and
 * CrashLoopBackOff from one PLEG relist (1 s) later.
 *
 * <p>Deletion and completion are {@link PodTermination}'s; status writes are {@link PodStatusWriter}'s (written
 * {@code statusUpdateNanos} after a change, coalesced). The lease renews every {@code leaseRenewNanos};
 * {@link #fail()} stops everything (a partitioned or stopped kubelet: containers are assumed to keep running) and
 * {@link #recover()} resumes and resyncs.
 *
 * <p>An image tagged {@code :missing} fails to pull (ImagePullBackOff); other image conventions are the
 * {@link ScriptedBehaviour}'s. Kernel thread only.
 */
public final class Kubelet {
    private static final long SECOND = KubeParams.SECOND;
    private static final long BACKOFF_INITIAL = 10 * SECOND;
    private static final long BACKOFF_MAX = 300 * SECOND;
    private static final long BACKOFF_EXPIRE = 600 * SECOND;
    private static final long PLEG_RELIST = SECOND;

    private final Kernel kernel;
    private final EventSink sink;
    private final ApiServer api;
    private final ApiClient client;
    private final KubeParams params;
    private final String nodeName;
    private final RandomStream random;
    private final ContainerBehaviour behaviour;
    private final ImageManager images;
    private final ProbeWorkers probes;
    private final PodStatusWriter status;
    private final PodTermination termination;
    private final LinkedHashMap<String, PodRuntime> pods = new LinkedHashMap<>();
    private boolean alive = true;
    private int epoch;
    private long startNanos;
    private long leasePhase;
    private long lastRenewAtFailure;

    /** {@code behaviour} answers for every container on this node; the cluster passes one shared by all nodes. */
    public Kubelet(Kernel kernel, EventSink sink, ApiServer api, KubeParams params, String nodeName,
            ContainerBehaviour behaviour) {
        this.kernel = kernel;
        this.sink = sink;
        this.api = api;
        this.params = params;
        this.nodeName = nodeName;
        this.behaviour = behaviour;
        this.random = kernel.random("kube.kubelet." + nodeName);
        this.client = new ApiClient(kernel, api, 50, 100, params.apiWriteNanos());
        this.images = new ImageManager(kernel, sink, nodeName, random, params.imagePullNanos(), this::later);
        this.leasePhase = (long) (random.nextDouble() * params.leaseRenewNanos());
        this.probes = new ProbeWorkers(this, kernel, sink, random, behaviour);
        this.status = new PodStatusWriter(this, kernel, api, client, params);
        this.termination = new PodTermination(this, kernel, sink, api, client, probes);
    }

    public String nodeName() {
        return nodeName;
    }

    public boolean alive() {
        return alive;
    }

    /** Starts watching this node's pods. */
    public void start() {
        startNanos = kernel.now();
        api.watchNodePods(nodeName, this::onPodEvent);
    }

    /** When the lease was last renewed (renewals every leaseRenewNanos while alive). */
    public long lastRenewNanos() {
        if (!alive) {
            return lastRenewAtFailure;
        }
        long since = kernel.now() - startNanos - leasePhase;
        if (since < 0) {
            return startNanos;
        }
        return startNanos + leasePhase + since / params.leaseRenewNanos() * params.leaseRenewNanos();
    }

    /** The kubelet stops: no lease, no status, no restarts. */
    public void fail() {
        if (!alive) {
            return;
        }
        lastRenewAtFailure = lastRenewNanos();
        alive = false;
        epoch++;
    }

    /** The kubelet is back: it reports Ready, then resyncs every pod bound to it. */
    public void recover() {
        if (alive) {
            return;
        }
        alive = true;
        epoch++;
        startNanos = kernel.now();
        images.reset();
        client.write(() -> api.patch(Kind.NODE, nodeName, o -> ((Node) o).withReady("True", "KubeletReady"),
                "kubelet"), null);
        List<String> bound = new ArrayList<>();
        for (ApiObject o : api.list(Kind.POD)) {
            Pod p = (Pod) o;
            if (nodeName.equals(p.nodeName())) {
                bound.add(p.key());
                PodRuntime rt = pods.get(p.key());
                if (rt == null) {
                    onPodEvent(WatchType.ADDED, p);
                } else {
                    rt.pod = p;
                    resume(rt);
                }
            }
        }
        pods.keySet().retainAll(bound);
    }

    private void resume(PodRuntime rt) {
        if (rt.pod.deleting()) {
            termination.terminate(rt);
            return;
        }
        probes.start(rt);
        rt.writtenStatus = "";
        for (ContainerRuntime c : rt.containers) {
            if (c.running()) {
                armBehaviour(rt, c);
            } else if (rt.sandboxReady && !"Terminated".equals(c.state) && !c.everStarted) {
                startContainer(rt, c, false, 0);
            } else if ("Terminated".equals(c.state)) {
                onExit(rt, c);
            }
        }
        if (!rt.sandboxReady) {
            later(params.sandboxNanos(), () -> sandboxReady(rt));
        }
        statusChanged(rt);
    }

    /** When this kubelet last started (or recovered), in simulated nanoseconds. */
    long startNanos() {
        return startNanos;
    }

    /** How long a container takes to stop when killed. */
    long containerStopNanos() {
        return params.containerStopNanos();
    }

    /** Runs {@code action} after {@code delay} unless the kubelet fails meanwhile. */
    EventHandle later(long delay, Runnable action) {
        int e = epoch;
        return kernel.schedule(delay, () -> {
            if (alive && epoch == e) {
                action.run();
            }
        });
    }

    private void onPodEvent(WatchType type, ApiObject object) {
        if (!alive) {
            return;
        }
        Pod pod = (Pod) object;
        if (type == WatchType.DELETED) {
            PodRuntime rt = pods.remove(pod.key());
            if (rt != null) {
                rt.finished = true;
                probes.stop(rt);
            }
            return;
        }
        PodRuntime rt = pods.get(pod.key());
        if (rt == null) {
            if (pod.terminal()) {
                return;
            }
            rt = new PodRuntime(pod);
            pods.put(pod.key(), rt);
            if (pod.deleting()) {
                termination.terminate(rt);
                return;
            }
            PodRuntime r = rt;
            statusChanged(rt);
            probes.start(rt);
            later(params.sandboxNanos(), () -> sandboxReady(r));
            return;
        }
        rt.pod = pod;
        if (pod.deleting() && !rt.terminating) {
            termination.terminate(rt);
        } else if (!pod.ready() && rt.writtenReady && !rt.terminating) {
            rt.writtenStatus = ""; // someone else (MarkPodsNotReady) wrote Ready=False: correct it
            statusChanged(rt);
        }
    }

    private void sandboxReady(PodRuntime rt) {
        if (rt.terminating || rt.finished) {
            return;
        }
        rt.sandboxReady = true;
        runNextInit(rt);
    }

    private void runNextInit(PodRuntime rt) {
        if (rt.terminating || rt.finished) {
            return;
        }
        if (rt.initsDone < rt.inits.size()) {
            ContainerSpec init = rt.inits.get(rt.initsDone);
            images.ensure(init.image(), rt.pod.key(), () -> later(params.containerStartNanos() * 2, () -> {
                rt.initsDone++;
                statusChanged(rt);
                runNextInit(rt);
            }), (failed, backoff) -> statusChanged(rt));
            return;
        }
        startNext(rt, 0);
    }

    /** Starts containers from index {@code i} on, one after another (SyncPod's loop). */
    private void startNext(PodRuntime rt, int i) {
        if (i >= rt.containers.length || rt.terminating || rt.finished) {
            return;
        }
        ContainerRuntime c = rt.containers[i];
        startContainer(rt, c, false, 0);
        // the next container begins after this one is started (or has failed to pull)
        nextAfter(rt, c, i);
    }

    private void nextAfter(PodRuntime rt, ContainerRuntime c, int i) {
        if (c.everStarted || "ErrImagePull".equals(c.reason) || "ImagePullBackOff".equals(c.reason)) {
            startNext(rt, i + 1);
        } else {
            later(params.containerStartNanos() / 4 + 1, () -> nextAfter(rt, c, i));
        }
    }

    private void startContainer(PodRuntime rt, ContainerRuntime c, boolean restart, long backoff) {
        images.ensure(c.spec.image(), rt.pod.key(), () -> {
            if (rt.terminating || rt.finished) {
                return;
            }
            if (!"Running".equals(c.state)) {
                c.state = "Waiting";
                c.reason = "ContainerCreating";
            }
            later(params.containerStartNanos(), () -> running(rt, c, restart, backoff));
        }, (failed, retryIn) -> {
            c.reason = failed ? "ErrImagePull" : "ImagePullBackOff";
            statusChanged(rt);
        });
    }

    private void running(PodRuntime rt, ContainerRuntime c, boolean restart, long backoff) {
        if (rt.terminating || rt.finished) {
            return;
        }
        c.state = "Running";
        c.reason = "";
        c.startedAt = kernel.now();
        c.everStarted = true;
        c.instance++;
        c.started = c.startup == null;
        c.ready = c.readiness == null && c.started;
        for (ProbeState p : new ProbeState[] {c.liveness, c.readiness, c.startup}) {
            if (p != null) {
                p.reset();
            }
        }
        if (!restart) {
            sink.emit(new ContainerStarted(kernel.now(), rt.pod.key(), c.spec.name(), c.restarts));
        }
        armBehaviour(rt, c);
        statusChanged(rt);
    }

    /** Asks the behaviour when this instance exits by itself, and arms that exit. */
    private void armBehaviour(PodRuntime rt, ContainerRuntime c) {
        ContainerExit exit = behaviour.nextExit(seen(rt, c), kernel.now());
        if (!exit.never()) {
            int instance = c.instance;
            c.exitTimer = later(exit.afterNanos(), () -> exitIf(rt, c, instance, exit.exitCode(), exit.reason()));
        }
    }

    /** The instance as a behaviour sees it. */
    static RunningContainer seen(PodRuntime rt, ContainerRuntime c) {
        return new RunningContainer(rt.pod, c.spec, c.restarts, c.startedAt);
    }

    private void exitIf(PodRuntime rt, ContainerRuntime c, int instance, int code, String reason) {
        if (c.instance == instance && c.running()) {
            exited(rt, c, code, reason);
        }
    }

    /** The container process ended. */
    private void exited(PodRuntime rt, ContainerRuntime c, int code, String reason) {
        if (c.exitTimer != null) {
            kernel.cancel(c.exitTimer);
            c.exitTimer = null;
        }
        RunningContainer instance = seen(rt, c);
        c.state = "Terminated";
        c.reason = reason;
        c.exitCode = code;
        c.finishedAt = kernel.now();
        c.ready = false;
        sink.emit(new ContainerExited(kernel.now(), rt.pod.key(), c.spec.name(), code, reason));
        behaviour.stopped(instance, kernel.now(), code, reason);
        statusChanged(rt);
        if (rt.terminating) {
            termination.finishIfStopped(rt);
        } else {
            onExit(rt, c);
        }
    }

    /** Restart policy and crash-loop back-off (doBackOff). */
    private void onExit(PodRuntime rt, ContainerRuntime c) {
        String policy = rt.pod.spec().restartPolicy();
        if ("Never".equals(policy) || ("OnFailure".equals(policy) && c.exitCode == 0)) {
            statusChanged(rt);
            termination.completeIfDone(rt, policy);
            return;
        }
        long now = kernel.now();
        boolean expired = c.backoffUpdated < 0 || now - c.backoffUpdated > BACKOFF_EXPIRE;
        if (expired) {
            c.backoffNanos = BACKOFF_INITIAL;
            c.backoffUpdated = now;
            restart(rt, c, 0);
            return;
        }
        long delay = c.backoffNanos;
        int instance = c.instance;
        later(Math.min(PLEG_RELIST, delay), () -> {
            if (c.instance == instance && "Terminated".equals(c.state) && !rt.terminating) {
                c.state = "Waiting";
                c.reason = "CrashLoopBackOff";
                statusChanged(rt);
            }
        });
        later(delay, () -> {
            if (c.instance != instance || rt.terminating || rt.finished) {
                return;
            }
            long t = kernel.now();
            if (t - c.backoffUpdated > BACKOFF_EXPIRE) {
                c.backoffNanos = BACKOFF_INITIAL;
            } else {
                c.backoffNanos = Math.min(BACKOFF_MAX, c.backoffNanos * 2);
            }
            c.backoffUpdated = t;
            restart(rt, c, delay);
        });
    }

    private void restart(PodRuntime rt, ContainerRuntime c, long waited) {
        c.restarts++;
        c.state = "Waiting";
        c.reason = "ContainerCreating";
        sink.emit(new ContainerRestarted(kernel.now(), rt.pod.key(), c.spec.name(), c.restarts, waited));
        statusChanged(rt);
        startContainer(rt, c, true, waited);
    }

    /** Kills a running container (liveness/startup failure, or the crashContainer action). */
    void kill(PodRuntime rt, ContainerRuntime c, int code, String reason, long afterNanos) {
        int instance = c.instance;
        later(afterNanos, () -> exitIf(rt, c, instance, code, reason));
    }

    // ---- actions

    /** The crashContainer action: the container's process exits with code 1 now. */
    public boolean crash(String podKey, String container) {
        PodRuntime rt = pods.get(podKey);
        if (!alive || rt == null || rt.terminating) {
            return false;
        }
        boolean any = false;
        for (ContainerRuntime c : rt.containers) {
            if (c.running() && ("*".equals(container) || container.isEmpty() || c.spec.name().equals(container))) {
                exited(rt, c, 1, "Error");
                any = true;
            }
        }
        return any;
    }

    void statusChanged(PodRuntime rt) {
        status.changed(rt);
    }

    /**
     * True if the pod's application accepts connections now: its sandbox is up, every container has started and is
     * running, and SIGTERM has not reached it (a terminating pod keeps listening while its preStop hook runs; the
     * app stops listening at SIGTERM). Asked by the traffic model for each request.
     */
    public boolean listening(String podKey) {
        PodRuntime rt = pods.get(podKey);
        if (rt == null || rt.finished || !rt.sandboxReady) {
            return false;
        }
        for (ContainerRuntime c : rt.containers) {
            if (!c.running()) {
                return false;
            }
        }
        return !rt.terminating || kernel.now() < rt.sigtermAtNanos;
    }

    /** Pod keys this kubelet runs, in arrival order. */
    public List<String> podKeys() {
        return new ArrayList<>(pods.keySet());
    }
}
