package dev.podium.live.informer;

import dev.podium.live.MockCluster;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.world.kube.event.InformerListed;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** For benchmarks outside this package: a session synced against a mock cluster, and the heap it retains. */
public final class LiveProbe {
    private LiveProbe() {
    }

    /**
     * Starts a session on {@code cluster}, drains and folds until {@code informer} listed {@code items} objects and
     * every informer listed, then returns the used heap after full collections, with the session, its timeline and
     * the folded state still reachable. With {@code -Dpodium.probe.dump=file.hprof}, it also writes a heap dump of
     * live objects then (a session that listed nothing to {@code file-empty.hprof}), to see what each object costs;
     * with {@code -Dpodium.probe.histo=file.txt}, a class histogram to {@code file-N.txt} (N objects listed).
     */
    public static long retainedAfterList(MockCluster cluster, String informer, int items) throws Exception {
        try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                LiveSession session = LiveSession.start(live, LiveOptions.allNamespaces())) {
            LiveHarness h = synced(session, informer, items);
            long heap = retained();
            String dump = System.getProperty("podium.probe.dump");
            if (dump != null) {
                String file = items > 0 ? dump : dump.replace(".hprof", "-empty.hprof");
                Files.deleteIfExists(Path.of(file));
                ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(file,
                        true);
            }
            String histo = System.getProperty("podium.probe.histo");
            if (histo != null) {
                Files.writeString(Path.of(histo.replace(".txt", "-" + items + ".txt")), histogram());
            }
            Reference.reachabilityFence(h);
            return heap;
        }
    }

    /**
     * Opens a session on {@code cluster}, waits until {@code informer} listed {@code items} objects and every informer
     * listed, then closes the session and its connection. Returns weak references to what the closed session held
     * (the session, its event queue and its trackers with their records), for a caller to check they can be collected.
     */
    public static List<WeakReference<Object>> openAndClose(MockCluster cluster, String informer,
            int items) throws Exception {
        List<WeakReference<Object>> refs = new ArrayList<>();
        try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                LiveSession session = LiveSession.start(live, LiveOptions.allNamespaces())) {
            synced(session, informer, items);
            refs.add(new WeakReference<>(session));
            session.parts().forEach(part -> refs.add(new WeakReference<>(part)));
        }
        return refs;
    }

    /** Drains and folds {@code session} until {@code informer} listed {@code items} and every informer listed. */
    private static LiveHarness synced(LiveSession session, String informer, int items) throws InterruptedException {
        LiveHarness h = new LiveHarness(session);
        h.awaitTrue(() -> h.events(InformerListed.class).stream().anyMatch(l -> l.informer().equals(informer)
                && l.items() == items) && session.firstListPending().isEmpty(), Duration.ofMinutes(5),
                informer + " listed");
        h.pump();
        return h;
    }

    /** The live objects by class ({@code jcmd PID GC.class_histogram}, run in this JVM). */
    private static String histogram() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    private static long retained() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
