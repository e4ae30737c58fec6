package dev.podium.bench;

import dev.podium.live.MockCluster;
import dev.podium.live.informer.LiveProbe;
import dev.podium.live.informer.ScriptedApi;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The heap a closed live session leaves behind: one mock API server listing {@code pods} pods, then {@code n}
 * sessions opened (each with its own connection), synced and closed one after another, printing the used heap
 * after full collections following each close. Flat figures after the first session or two mean a closed session
 * frees what it held. A third argument waits that many seconds after the last close and measures again: fabric8 keeps
 * each closed watch (with its client's connection pool) for two minutes to check that it ended, which a wait of 130 s
 * shows apart from what stays for good.
 *
 * <p>Run: {@code java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * dev.podium.bench.LiveSessionLeakBench 10 2000 [130]}; with {@code -Dpodium.leak.dump=target/leak.hprof} it writes a
 * heap dump (live objects) after the last session, to see who holds a closed session.
 */
public final class LiveSessionLeakBench {
    private LiveSessionLeakBench() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int pods = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int settleSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        List<HasMetadata> items = new ArrayList<>(pods);
        for (int i = 0; i < pods; i++) {
            items.add(new PodBuilder().withNewMetadata().withName("web-" + i).withNamespace("ns-" + i % 20)
                    .withResourceVersion("5").endMetadata().withNewSpec().withNodeName("node-" + i % 10)
                    .addNewContainer().withName("app").withImage("nginx:1.27").endContainer().endSpec()
                    .withNewStatus().withPhase("Running").endStatus().build());
        }
        String body = ScriptedApi.JSON.asJson(Map.of("apiVersion", "v1", "kind", "List", "metadata",
                Map.of("resourceVersion", "5"), "items", items));
        items = null;
        ScriptedApi api = new ScriptedApi();
        api.onList("/api/v1/pods", r -> new io.fabric8.mockwebserver.http.MockResponse().setResponseCode(200)
                .setHeader("Content-Type", "application/json").setBody(body));
        try (MockCluster cluster = MockCluster.scripted(Files.createTempDirectory("podium-leak"), api)) {
            long first = 0;
            for (int s = 1; s <= sessions; s++) {
                LiveProbe.openAndClose(cluster, "podium/pods", pods);
                long heap = retained();
                if (s == 1) {
                    first = heap;
                }
                System.out.printf(Locale.ROOT, "after session %2d closed: %,12d bytes used (%+,d over the first)%n",
                        s, heap, heap - first);
            }
            if (settleSeconds > 0) {
                Thread.sleep(settleSeconds * 1_000L); // a bench, on real time: fabric8 lets go of closed watches late
                long heap = retained();
                System.out.printf(Locale.ROOT, "%d s after the last close:  %,12d bytes used (%+,d over the first)%n",
                        settleSeconds, heap, heap - first);
            }
            String dump = System.getProperty("podium.leak.dump");
            if (dump != null) {
                ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                        .dumpHeap(dump, true);
                System.out.println("heap dump: " + dump);
            }
        }
    }

    private static long retained() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
