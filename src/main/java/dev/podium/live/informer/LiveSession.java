package dev.podium.live.informer;

import dev.podium.live.guard.ReadOnlyGuard;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.live.log.LiveLog;
import dev.podium.timeline.EventTypes;
import dev.podium.timeline.Timeline;
import dev.podium.world.kube.KubeCluster;
import dev.podium.world.kube.custom.event.CustomEvent;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.LivePipelineSampled;
import dev.podium.world.kube.traffic.event.TrafficEvent;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A live view of one cluster: fabric8 SharedIndexInformers for Nodes, Deployments, ReplicaSets,
 * HorizontalPodAutoscalers (autoscaling/v2), Services, EndpointSlices (discovery.k8s.io/v1), Ingresses
 * (networking.k8s.io/v1), StatefulSets, DaemonSets, Jobs (batch/v1), Pods and core/v1 Events, whose handlers
 * ({@link ObjectTracker}) turn every callback into Kubernetes-world events on a thread-safe queue. {@link #drain} moves them to a {@link Timeline}.
 * Event times are wall nanoseconds since the session started, from the options' clock, non-decreasing.
 *
 * <p>Nodes are listed first (the other informers start when the node list is in, forbidden, or after 10 s), so that
 * pods land on known nodes. When listing a namespaced kind across all namespaces is forbidden (403), that informer
 * is marked {@link InformerState#FORBIDDEN} and the kind is watched in the context's namespace instead. 410 Gone
 * relists (fabric8) and the tracker reconciles; other failures are retried by fabric8 with exponential back-off.
 * Only GET, LIST and WATCH are sent (the connection's {@link ReadOnlyGuard} enforces it). Secrets are never watched.
 *
 * <p>Threads: {@link #start} and {@link #close} from any one thread; {@link #drain} on the timeline's thread (the FX
 * thread, a bounded number per pulse); {@link #status} from any thread. Handlers never block and never touch JavaFX.
 */
public final class LiveSession implements AutoCloseable {
    /** The world a live session's events belong to. */
    public static final String WORLD = KubeCluster.WORLD;


    /** How many informers a session starts (before fallbacks and the custom kinds it discovers). */
    static final int INFORMERS = 13;

    /** At most this many custom kinds (CRDs) are watched; the others are named in one warning each. */
    static final int MAX_CUSTOM_KINDS = 16;
    /** At most this many objects of each custom kind are shown. */
    static final int MAX_CUSTOM_OBJECTS = 1_000;

    /** How long the other informers wait for the node list before starting anyway. */
    static final Duration NODES_FIRST_TIMEOUT = Duration.ofSeconds(10);

    private static final LiveLog LOG = LiveLog.of(LiveSession.class);

    private final LiveConnection connection;
    private final LiveOptions options;
    private final LiveEventQueue queue;
    private final HandlerTimes handlerTimes = new HandlerTimes();
    private final PipelineSampler sampler;
    private final List<ObjectTracker<?, ?>> trackers = new CopyOnWriteArrayList<>();
    private final List<SharedIndexInformer<?>> informers = new CopyOnWriteArrayList<>();
    /** What fabric8 holds of each informer's handler and store; detached and emptied on {@link #close}. */
    private final List<DetachableHandler<?>> handlers = new CopyOnWriteArrayList<>();
    private final List<SlimItemStore<?>> stores = new CopyOnWriteArrayList<>();
    /** The values the session's records share (strings, condition lists); emptied on {@link #close}. */
    private final ValuePool pool = new ValuePool();
    private final Compact compact = new Compact(pool);
    private final CompactNetworking networking = new CompactNetworking(pool);
    private final CompactWorkloads workloads = new CompactWorkloads(pool);
    private final CompactCustom custom = new CompactCustom(pool);
    private final ClusterEventDiffer clusterEvents = new ClusterEventDiffer(pool);
    private volatile boolean closed;
    /** Set by {@link #drain} once an {@code InformerListed} went through. */
    private boolean listed;
    private final Set<String> listedInformers = new HashSet<>();
    /** The custom kinds watched ({@code Kind.group}), and those skipped past the bound. */
    private final Set<String> customKinds = ConcurrentHashMap.newKeySet();
    private final Set<String> customSkipped = ConcurrentHashMap.newKeySet();
    /** Whether the namespaced informers have been started (they start once the nodes' first list is in). */
    private volatile boolean namespacedStarted;

    private LiveSession(LiveConnection connection, LiveOptions options) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.options = Objects.requireNonNull(options, "options");
        this.queue = new LiveEventQueue(options.clock(), options.sampleBound());
        this.sampler = new PipelineSampler(queue, handlerTimes);
    }

    /** Starts watching; returns at once (lists and watches run on fabric8's threads). */
    public static LiveSession start(LiveConnection connection, LiveOptions options) {
        LiveSession session = new LiveSession(connection, options);
        session.startAll();
        return session;
    }

    /** The event types a live recording may hold (the Kubernetes world's). */
    public static EventTypes eventTypes() {
        return new EventTypes().register(KubeEvent.types()).register(TrafficEvent.types())
                .register(CustomEvent.types());
    }

    private void startAll() {
        KubernetesClient c = connection.client();
        LOG.info("live session on context {} ({})", connection.context().name(),
                options.namespace() == null ? "all namespaces" : "namespace " + options.namespace());
        CompletableFuture<Void> nodes = watch("podium/nodes", "Node", ns -> c.nodes(), false, null,
                bare(Node::new, Node::setAdditionalProperties), compact::node, new NodeDiffer(), true);
        nodes.copy().orTimeout(NODES_FIRST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).whenComplete((v, t) -> {
            if (!closed) {
                startNamespaced(options.namespace());
            }
        });
    }

    private void startNamespaced(String ns) {
        namespacedStarted = true;
        KubernetesClient c = connection.client();
        watch("podium/deployments", "Deployment", n -> n == null ? c.apps().deployments().inAnyNamespace()
                : c.apps().deployments().inNamespace(n), true, ns,
                bare(Deployment::new, Deployment::setAdditionalProperties), compact::deployment,
                new DeploymentDiffer(), true);
        watch("podium/replicasets", "ReplicaSet", n -> n == null ? c.apps().replicaSets().inAnyNamespace()
                : c.apps().replicaSets().inNamespace(n), true, ns,
                bare(ReplicaSet::new, ReplicaSet::setAdditionalProperties), compact::replicaSet,
                new ReplicaSetDiffer(), true);
        watch("podium/horizontalpodautoscalers", "HorizontalPodAutoscaler", n -> n == null
                ? c.autoscaling().v2().horizontalPodAutoscalers().inAnyNamespace()
                : c.autoscaling().v2().horizontalPodAutoscalers().inNamespace(n), true, ns,
                bare(HorizontalPodAutoscaler::new, HorizontalPodAutoscaler::setAdditionalProperties),
                compact::hpa, new HpaDiffer(), true);
        TrafficTopology topology = new TrafficTopology();
        watch("podium/services", "Service", n -> n == null ? c.services().inAnyNamespace()
                : c.services().inNamespace(n), true, ns,
                bare(Service::new, Service::setAdditionalProperties), networking::service,
                new ServiceDiffer(topology), true);
        watch("podium/endpointslices", "EndpointSlice", n -> n == null
                ? c.discovery().v1().endpointSlices().inAnyNamespace()
                : c.discovery().v1().endpointSlices().inNamespace(n), true, ns, LiveSession::emptySlice,
                networking::endpointSlice, new EndpointSliceDiffer(topology), true);
        watch("podium/ingresses", "Ingress", n -> n == null ? c.network().v1().ingresses().inAnyNamespace()
                : c.network().v1().ingresses().inNamespace(n), true, ns,
                bare(Ingress::new, Ingress::setAdditionalProperties), networking::ingress,
                new IngressDiffer(), true);
        watch("podium/statefulsets", "StatefulSet", n -> n == null ? c.apps().statefulSets().inAnyNamespace()
                : c.apps().statefulSets().inNamespace(n), true, ns,
                bare(StatefulSet::new, StatefulSet::setAdditionalProperties), workloads::statefulSet,
                new StatusDiffer(), true);
        watch("podium/daemonsets", "DaemonSet", n -> n == null ? c.apps().daemonSets().inAnyNamespace()
                : c.apps().daemonSets().inNamespace(n), true, ns,
                bare(DaemonSet::new, DaemonSet::setAdditionalProperties), workloads::daemonSet,
                new StatusDiffer(), true);
        watch("podium/jobs", "Job", n -> n == null ? c.batch().v1().jobs().inAnyNamespace()
                : c.batch().v1().jobs().inNamespace(n), true, ns,
                bare(Job::new, Job::setAdditionalProperties), workloads::job,
                new StatusDiffer(), true);
        watch("podium/pods", "Pod", n -> n == null ? c.pods().inAnyNamespace() : c.pods().inNamespace(n), true, ns,
                bare(Pod::new, Pod::setAdditionalProperties), compact::pod, new PodDiffer(), true);
        watch("podium/customresourcedefinitions", "CustomResourceDefinition",
                n -> c.apiextensions().v1().customResourceDefinitions(), false, null, CustomResourceDefinition::new,
                custom::crd, new CrdDiffer(this::watchCustom), true);
        watch("podium/events", "Event", n -> n == null ? c.v1().events().inAnyNamespace()
                : c.v1().events().inNamespace(n), true, ns, Event::new, clusterEvents::record,
                clusterEvents, false);
    }

    /**
     * Watches the objects of a CRD's kind generically (read-only, at most {@link #MAX_CUSTOM_KINDS} kinds and
     * {@link #MAX_CUSTOM_OBJECTS} objects each), in the session's namespace when it has one. Any thread.
     */
    private void watchCustom(CrdRecord crd) {
        String id = crd.kind() + "." + crd.group();
        if (closed || customKinds.contains(id)) {
            return;
        }
        synchronized (customKinds) {
            if (customKinds.size() >= MAX_CUSTOM_KINDS) {
                if (customSkipped.add(id)) {
                    LOG.warn("not watching custom kind {}: at most {} custom kinds are watched", id,
                            MAX_CUSTOM_KINDS);
                }
                return;
            }
            customKinds.add(id);
        }
        KubernetesClient c = connection.client();
        ResourceDefinitionContext context = new ResourceDefinitionContext.Builder().withGroup(crd.group())
                .withVersion(crd.version()).withKind(crd.kind()).withPlural(crd.plural())
                .withNamespaced(crd.namespaced()).build();
        String kind = crd.kind();
        watch("podium/custom/" + crd.plural() + "." + crd.group(), kind, n -> !crd.namespaced()
                ? c.genericKubernetesResources(context) : n == null
                ? c.genericKubernetesResources(context).inAnyNamespace()
                : c.genericKubernetesResources(context).inNamespace(n), crd.namespaced(),
                crd.namespaced() ? options.namespace() : null, LiveSession::emptyGeneric,
                r -> custom.object(kind, r), new BoundedDiffer<>(new StatusDiffer(), MAX_CUSTOM_OBJECTS, kind,
                        StatusRecord::key), true);
    }

    /**
     * An empty EndpointSlice for the slim store, without the empty endpoint and port lists and property map its
     * constructor makes (about 150 bytes per slice): the store's objects only carry keys and resourceVersions.
     */
    private static EndpointSlice emptySlice() {
        EndpointSlice e = new EndpointSlice();
        e.setEndpoints(null);
        e.setPorts(null);
        e.setAdditionalProperties(null);
        return e;
    }

    /**
     * {@code make}'s empty objects for the slim store without the property map a fabric8 model's constructor makes
     * (56 bytes per object): the store's objects only carry keys and resourceVersions.
     */
    private static <T> Supplier<T> bare(Supplier<T> make, BiConsumer<T, Map<String, Object>> properties) {
        return () -> {
            T t = make.get();
            properties.accept(t, null);
            return t;
        };
    }

    /** An empty custom object for the slim store, without the property map its constructor makes. */
    private static GenericKubernetesResource emptyGeneric() {
        GenericKubernetesResource r = new GenericKubernetesResource();
        r.setAdditionalProperties(null);
        return r;
    }

    private <T extends HasMetadata, R extends LiveRecord> CompletableFuture<Void> watch(String name, String kind,
            Function<String, Informable<T>> source, boolean namespaced, String ns, Supplier<T> empty,
            Function<T, R> compact, KindDiffer<R> differ, boolean historyOnFirstList) {
        String scope = !namespaced ? "cluster" : ns == null ? "all namespaces" : "namespace " + ns;
        ObjectTracker<T, R> tracker = new ObjectTracker<>(name, kind, scope, compact, differ, historyOnFirstList,
                options, queue, handlerTimes, forbidden -> {
                    if (namespaced && ns == null && !closed) {
                        String fallback = connection.context().namespace();
                        LOG.warn("listing {} across namespaces is forbidden; watching namespace {} instead", kind,
                                fallback);
                        watch(name, kind, source, true, fallback, empty, compact, differ, historyOnFirstList);
                    }
                });
        SharedIndexInformer<T> informer = source.apply(ns).runnableInformer(0);
        SlimItemStore<T> store = new SlimItemStore<>(empty, pool);
        informer.itemStore(store);
        DetachableHandler<T> handler = new DetachableHandler<>(tracker);
        informer.addEventHandler(handler);
        informer.exceptionHandler(handler);
        tracker.attach(informer, store);
        trackers.add(tracker);
        informers.add(informer);
        handlers.add(handler);
        stores.add(store);
        if (closed) {
            handler.detach();
            informer.stop();
            return CompletableFuture.completedFuture(null);
        }
        return informer.start().toCompletableFuture();
    }

    /**
     * Moves at most {@code maxEvents} events to {@code timeline}, oldest first; returns how many. First queues a
     * {@link LivePipelineSampled} if one is due ({@link PipelineSampler}), so samples need no thread of their own.
     */
    public int drain(Timeline timeline, int maxEvents) {
        return drain(timeline, maxEvents, () -> 0, Long.MAX_VALUE);
    }

    /**
     * Like {@link #drain(Timeline, int)}, but stops early once {@code clock} (the calling thread's CPU time, on the
     * FX thread) has run {@code budgetNanos}, a chunk at a time: the rest stays queued, in order, for the next call.
     */
    public int drain(Timeline timeline, int maxEvents, LongSupplier clock, long budgetNanos) {
        if (!closed) {
            sampler.sampleIfDue();
        }
        int before = timeline.size();
        int drained = queue.drain(timeline, maxEvents, clock, budgetNanos);
        for (int i = before; i < timeline.size(); i++) {
            if (timeline.get(i) instanceof InformerListed l) {
                listed = true;
                listedInformers.add(l.informer());
            }
        }
        return drained;
    }

    /**
     * The informers whose first list has not reached a timeline through {@link #drain} yet, and still may: starting,
     * or disconnected and retrying (a forbidden or stopped one never will). Until the namespaced informers start
     * (after the nodes' first list), they count as pending too.
     */
    public List<String> firstListPending() {
        if (!namespacedStarted && !closed) {
            return List.of("podium/nodes", "the namespaced informers (after the nodes)");
        }
        return trackers.stream().map(ObjectTracker::status).filter(i -> !listedInformers.contains(i.informer())
                && i.state() != InformerState.FORBIDDEN && i.state() != InformerState.STOPPED)
                .map(InformerStatus::informer).toList();
    }

    /**
     * Whether any informer has listed (synced) at least once, among the events drained so far: false means the
     * server never answered a LIST (unreachable, refused, forbidden everywhere). On the thread that drains.
     */
    public boolean hasListed() {
        return listed;
    }

    /**
     * The time up to which a timeline fed by {@link #drain} holds every event: now when nothing is queued (events
     * published later are stamped no earlier), else just before the oldest queued event. Pass it to
     * {@link Timeline#advanceEnd} after draining.
     */
    public long horizonNanos() {
        return queue.horizonNanos();
    }

    /** Waits up to {@code timeout} for an event to drain; true if one is there. For headless recording. */
    public boolean awaitEvents(Duration timeout) throws InterruptedException {
        return queue.awaitEvents(timeout);
    }

    /** Wall nanoseconds since the session started, on the options' clock (the time of an event emitted now). */
    public long elapsedNanos() {
        return queue.elapsedNanos();
    }

    /** Events waiting to be drained. */
    public int backlog() {
        return queue.backlog();
    }

    /** Each informer's state, the backlog and dropped samples. */
    public LiveStatus status() {
        return new LiveStatus(trackers.stream().map(ObjectTracker::status).toList(), queue.backlog(),
                queue.droppedSamples());
    }

    /** The connection watched. */
    public LiveConnection connection() {
        return connection;
    }

    /**
     * The queue, the trackers (each holding its records) and the value pool, for tests that check a closed session
     * frees them.
     */
    List<Object> parts() {
        List<Object> parts = new java.util.ArrayList<>(trackers);
        parts.add(queue);
        parts.add(pool);
        return parts;
    }

    /**
     * Stops every informer; queued events can still be drained. Does not close the connection. Then detaches our
     * handlers from fabric8 and empties the informers' stores and the value pool, so that what fabric8 keeps of a
     * closed watch (for two minutes) no longer reaches this session, its queue or its records: dropping the session
     * frees them.
     */
    @Override
    public void close() {
        closed = true;
        for (SharedIndexInformer<?> informer : informers) {
            informer.stop();
        }
        trackers.forEach(ObjectTracker::stopped);
        handlers.forEach(DetachableHandler::detach);
        stores.forEach(SlimItemStore::clear);
        pool.clear();
    }
}
