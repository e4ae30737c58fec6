package dev.podium.world.gc.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go scheduler traces (real ones made here by Go 1.19, and Go 1.23's shape from the reference) parse into records. */
class SchedTraceTest {

    private record Seen(List<SchedSample> samples, List<SchedDetail> details, GcLogSummary summary) {
    }

    private static Seen read(String resource) throws Exception {
        List<SchedSample> samples = new ArrayList<>();
        List<SchedDetail> details = new ArrayList<>();
        SchedTraceListener listener = new SchedTraceListener() {
            @Override
            public void sample(SchedSample sample) {
                samples.add(sample);
            }

            @Override
            public void detail(SchedDetail detail) {
                details.add(detail);
            }
        };
        try (InputStream in = Files.newInputStream(RuntimeCounters.resource(resource))) {
            GcLogSummary s = new GcLogReader(resource, e -> { }, listener).read(in);
            return new Seen(samples, details, s);
        }
    }

    @Test
    void everySchedLineOfARealTraceBecomesASample() throws Exception {
        Seen seen = read("go1.19-schedtrace.txt");
        long lines = Files.readAllLines(RuntimeCounters.resource("go1.19-schedtrace.txt")).stream()
                .filter(l -> l.startsWith("SCHED")).count();
        assertEquals(lines, seen.samples().size());
        SchedSample first = seen.samples().get(0);
        assertEquals(new SchedSample(0, 2, 0, 4, 1, -1, 0, 0, first.localRunQueues()), first);
        assertArrayEquals(new int[] {2, 0}, first.localRunQueues());
        assertEquals(0, seen.summary().unrecognisedLines());
        assertEquals(0, seen.summary().pauses());
        assertEquals("Go schedtrace", seen.summary().formats());
        assertEquals(lines, seen.summary().schedTrace().samples());
    }

    @Test
    void scheddetailLinesOfARealTraceBecomeProcessorThreadAndGoroutineRecords() throws Exception {
        Seen seen = read("go1.19-scheddetail.txt");
        List<String> lines = Files.readAllLines(RuntimeCounters.resource("go1.19-scheddetail.txt"));
        assertEquals(lines.stream().filter(l -> l.startsWith("  ")).count(), seen.details().size());
        assertEquals(0, seen.summary().unrecognisedLines());
        assertEquals(new SchedDetail('P', 0, 0, "", -1, 0), seen.details().get(0));
        assertEquals(new SchedDetail('P', 1, 1, "", 2, 0), seen.details().get(1));
        SchedDetail g2 = seen.details().stream().filter(d -> d.kind() == 'G' && d.id() == 2).findFirst().orElseThrow();
        assertEquals("force gc (idle)", g2.waitReason());
        assertEquals(4, g2.status());
        assertEquals(0, seen.samples().get(0).localRunQueues().length);
    }

    @Test
    void go123LinesWithNeedspinningAndNilRead() throws Exception {
        Logs logs = Logs.read("""
                SCHED 34ms: gomaxprocs=4 idleprocs=0 threads=7 spinningthreads=1 needspinning=1 idlethreads=2 \
                runqueue=2 [0 1 0 3]
                  M3: p=1 curg=6 mallocing=0 throwing=0 preemptoff= locks=3 dying=0 spinning=false blocked=false \
                lockedg=nil
                  G26: status=4(chan receive) m=nil lockedm=nil
                """);
        assertEquals(0, logs.summary.unrecognisedLines());
        assertEquals(3, logs.summary.schedTrace().maxLocalRunQueue());
        assertEquals(1, logs.summary.schedTrace().threadLines());
        assertNull(Logs.read("[0.1s][info][gc] Using G1\n").summary.schedTrace());
    }
}
