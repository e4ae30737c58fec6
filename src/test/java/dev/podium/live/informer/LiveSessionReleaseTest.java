package dev.podium.live.informer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.MockCluster;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A closed live session frees what it held: its queue, its trackers and their records, and its pool of shared strings
 * become unreachable once the
 * caller drops the session, although fabric8 keeps each closed watch (and with it the informer's watcher and handlers)
 * for two minutes to check that it really ended. Polls real weak references with a bounded number of full collections.
 */
class LiveSessionReleaseTest {

    @TempDir
    Path dir;

    @Test
    void aClosedSessionIsCollectable() throws Exception {
        try (MockCluster cluster = MockCluster.crud(dir)) {
            KubernetesClient seeder = cluster.server.createClient();
            for (int i = 0; i < 50; i++) {
                seeder.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName("web-" + i)
                        .endMetadata().build()).create();
            }
            List<WeakReference<Object>> refs = LiveProbe.openAndClose(cluster, "podium/pods", 50);
            assertTrue(refs.size() > 2, "the session, its queue, trackers and value pool are watched");
            assertEquals(0, uncollected(refs), "objects of the closed session still reachable after full GCs");
        }
    }

    private static int uncollected(List<WeakReference<Object>> refs) throws InterruptedException {
        int left = refs.size();
        for (int round = 0; round < 20 && left > 0; round++) {
            System.gc();
            Thread.sleep(20); // real time for the reference handler, on real weak references; bounded
            left = (int) refs.stream().filter(r -> r.get() != null).count();
        }
        return left;
    }
}
