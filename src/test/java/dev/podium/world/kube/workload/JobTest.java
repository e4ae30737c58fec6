package dev.podium.world.kube.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.spec.JobManifest;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobTest {
    static final String DOCS_PI = "manifests/docs/job-pi.yaml";

    static String job(String image, String policy, int completions, int parallelism, int backoffLimit) {
        return String.join("\n",
                "apiVersion: batch/v1",
                "kind: Job",
                "metadata: {name: work, annotations: {podium.dev/run-seconds: '20'}}",
                "spec:",
                "  completions: " + completions,
                "  parallelism: " + parallelism,
                "  backoffLimit: " + backoffLimit,
                "  template:",
                "    spec:",
                "      restartPolicy: " + policy,
                "      terminationGracePeriodSeconds: 1",
                "      containers: [{name: c, image: '" + image + "'}]",
                "");
    }

    private static List<Pod> pods(WorkloadRun run) {
        return run.cluster.api().list(Kind.POD).stream().map(o -> (Pod) o).toList();
    }

    @Test
    void theDocumentationsPiJobRunsOnePodToCompletion() throws Exception {
        WorkloadRun run = new WorkloadRun(WorkloadRun.resource(DOCS_PI));
        assertEquals(List.of(), run.manifests.warnings());
        JobManifest m = (JobManifest) run.manifests.objects().stream().filter(o -> o instanceof JobManifest)
                .findFirst().orElseThrow();
        assertEquals(4, m.backoffLimit());
        assertEquals(10 * KubeParams.SECOND, m.runNanos());
        run.runUntilSeconds(60);
        List<Pod> pods = pods(run);
        assertEquals(1, pods.size());
        assertEquals("Succeeded", pods.get(0).phase());
        assertEquals("pi", pods.get(0).labels().get(JobController.JOB_NAME_LABEL));
        JobView v = run.state().workloads().job("default/pi");
        assertEquals("Complete", v.condition());
        assertEquals(1, v.succeeded());
        assertEquals(0, v.active());
    }

    @Test
    void parallelismBoundsTheActivePodsUntilTheCompletionsAreReached() throws Exception {
        WorkloadRun run = new WorkloadRun(job("busybox:1.36", "Never", 5, 2, 6));
        run.runUntilSeconds(200);
        int active = 0;
        int most = 0;
        for (WorldEvent e : run.events()) {
            if (e instanceof PodCreated c && c.owner().equals("Job:default/work")) {
                most = Math.max(most, ++active);
            } else if (e instanceof PodPhaseChanged p && p.phase().equals("Succeeded")) {
                active--;
            }
        }
        assertEquals(2, most);
        assertEquals(5, pods(run).stream().filter(p -> p.phase().equals("Succeeded")).count());
        JobView v = run.state().workloads().job("default/work");
        assertEquals("Complete", v.condition());
        assertEquals(5, v.succeeded());
    }

    @Test
    void neverMakesANewPodPerFailureAfterADoublingBackOffThenFailsPastTheBackoffLimit() throws Exception {
        WorkloadRun run = new WorkloadRun(job("busybox:crashloop", "Never", 1, 1, 2));
        run.runUntilSeconds(300);
        List<Long> created = run.events().stream().filter(e -> e instanceof PodCreated).map(WorldEvent::timeNanos)
                .toList();
        List<Long> failed = run.events().stream().filter(e -> e instanceof PodPhaseChanged p
                && p.phase().equals("Failed")).map(WorldEvent::timeNanos).toList();
        assertEquals(3, created.size(), "backoffLimit 2: the third failure fails the Job");
        assertEquals(3, failed.size());
        long firstWait = created.get(1) - failed.get(0);
        long secondWait = created.get(2) - failed.get(1);
        assertTrue(firstWait >= 10 * KubeParams.SECOND && firstWait < 11 * KubeParams.SECOND, "10 s: " + firstWait);
        assertTrue(secondWait >= 20 * KubeParams.SECOND && secondWait < 21 * KubeParams.SECOND, "20 s: "
                + secondWait);
        assertTrue(pods(run).stream().allMatch(p -> p.phase().equals("Failed")));
        JobView v = run.state().workloads().job("default/work");
        assertEquals("Failed", v.condition());
        assertEquals("BackoffLimitExceeded", v.reason());
        assertEquals(3, v.failed());
    }

    @Test
    void onFailureRestartsTheContainerInPlaceAndCountsRestartsAgainstTheLimit() throws Exception {
        WorkloadRun run = new WorkloadRun(job("busybox:crashloop", "OnFailure", 1, 1, 2));
        run.runUntilSeconds(300);
        assertEquals(1, run.events().stream().filter(e -> e instanceof PodCreated).count(), "one pod, restarted");
        assertEquals(List.of(), run.cluster.api().list(Kind.POD).stream().map(ApiObject::key).toList(),
                "the Failed Job deletes its active pod");
        JobView v = run.state().workloads().job("default/work");
        assertEquals("Failed", v.condition());
        assertEquals(3, v.failed());
    }

    @Test
    void backOffDoublesFromTenSecondsAndStopsAtSixMinutes() {
        assertEquals(10 * KubeParams.SECOND, JobController.backoff(1));
        assertEquals(40 * KubeParams.SECOND, JobController.backoff(3));
        assertEquals(320 * KubeParams.SECOND, JobController.backoff(6));
        assertEquals(360 * KubeParams.SECOND, JobController.backoff(7));
        assertEquals(360 * KubeParams.SECOND, JobController.backoff(60));
    }
}
