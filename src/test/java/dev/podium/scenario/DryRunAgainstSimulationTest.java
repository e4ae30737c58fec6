package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.control.DeploymentDryRun;
import dev.podium.world.kube.control.DryRunAction;
import dev.podium.world.kube.control.DryRunReconcile;
import dev.podium.world.kube.control.DryRunStep;
import dev.podium.world.kube.event.ReconcileFinished;
import dev.podium.world.kube.event.ReconcileStarted;
import dev.podium.world.kube.event.ReplicaSetCreated;
import dev.podium.world.kube.event.ReplicaSetScaled;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dry run against the simulated Deployment controller on the rolling-update lesson: folded up to each moment
 * the controller starts a reconcile of {@code default/web}, the dry run predicts its scaling decision and the
 * ReplicaSet writes that reconcile then makes. The rollback's revision bump is not predicted (see
 * {@code DryRunAssumption.NO_REVISION_BUMP}): that reconcile is skipped. The controller reads its informer cache, which can lag the timeline by a watch delivery;
 * reconciles whose observation ("desired D new N old O") differs from the timeline's state are skipped and counted.
 */
class DryRunAgainstSimulationTest {

    @Test
    void theDryRunPredictsEachRolloutStepOfTheSimulatedController() throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn("rolling-update.yaml"));
        run.runToEnd();
        List<WorldEvent> events = run.timeline().events();
        KubeProjection projection = new KubeProjection();
        KubeState state = projection.initial();
        int compared = 0;
        int writes = 0;
        int lagging = 0;
        int decisions = 0;
        int bumps = 0;
        for (int i = 0; i < events.size(); i++) {
            WorldEvent e = events.get(i);
            if (e instanceof ReconcileStarted && ((ReconcileStarted) e).controller().equals("deployment")
                    && ((ReconcileStarted) e).key().equals("default/web")) {
                List<String> predicted = predicted(state);
                List<String> actual = actual(events, i, "default/web");
                if (!finished(events, i).observed().equals(seen(state))) {
                    lagging++;
                    continue;
                }
                ReconcileFinished done = finished(events, i);
                if (done.action().contains("bumpRevision")) {
                    bumps++;
                    continue;
                }
                assertEquals(decided(done.action()), decision(state), "decision at " + e.timeNanos() / 1_000_000
                        + " ms");
                if (done.error().isEmpty()) { // a Conflict refuses the write; the decision is still compared
                    assertEquals(actual, predicted, "writes at " + e.timeNanos() / 1_000_000 + " ms");
                }
                compared++;
                decisions += decision(state).size();
                writes += actual.size();
            }
            projection.apply(state, e);
        }
        assertEquals(1, bumps, "the rollback's revision bump, the one step not predicted");
        assertTrue(decisions >= 12, "rollout decisions compared: " + decisions);
        assertTrue(compared > 10, "reconciles compared: " + compared);
        assertTrue(lagging * 5 < compared, "lagging " + lagging + " of " + (compared + lagging));
        assertTrue(writes >= 12, "rollout writes compared (create, 6 up, 6 down at least): " + writes);
    }

    /** The dry run's writes for default/web as "create N" / "key from→to". */
    private static List<String> predicted(KubeState s) {
        List<String> out = new ArrayList<>();
        for (DeploymentDryRun d : DryRunReconcile.of(s).deployments()) {
            if (!d.key().equals("default/web")) {
                continue;
            }
            for (DryRunStep step : d.steps()) {
                if (step.action() == DryRunAction.CREATE_REPLICASET) {
                    out.add("create " + step.to());
                } else if (step.action() == DryRunAction.SCALE_UP || step.action() == DryRunAction.SCALE_DOWN) {
                    out.add(step.target() + " " + step.from() + "→" + step.to());
                }
            }
        }
        return out;
    }

    /** The ReconcileFinished of the reconcile started at {@code start} (same controller and worker). */
    private static ReconcileFinished finished(List<WorldEvent> events, int start) {
        ReconcileStarted begin = (ReconcileStarted) events.get(start);
        for (int j = start + 1; j < events.size(); j++) {
            WorldEvent e = events.get(j);
            if (e instanceof ReconcileFinished && ((ReconcileFinished) e).worker() == begin.worker()
                    && ((ReconcileFinished) e).controller().equals("deployment")) {
                return (ReconcileFinished) e;
            }
        }
        throw new AssertionError("no ReconcileFinished for " + begin);
    }

    /** The controller's rollout actions ("scaleUp:1 scaleDown:2"), without status writes and clean-up. */
    private static List<String> decided(String action) {
        List<String> out = new ArrayList<>();
        for (String token : action.split(" ")) {
            if (token.startsWith("scale") || token.startsWith("createReplicaSet")) {
                out.add(token);
            }
        }
        return out;
    }

    /** The dry run's steps for default/web in the controller's action words. */
    private static List<String> decision(KubeState s) {
        List<String> out = new ArrayList<>();
        for (DeploymentDryRun d : DryRunReconcile.of(s).deployments()) {
            for (DryRunStep step : d.key().equals("default/web") ? d.steps() : List.<DryRunStep>of()) {
                if (step.action() == DryRunAction.CREATE_REPLICASET) {
                    out.add("createReplicaSet:" + step.to());
                } else if (step.action() == DryRunAction.SCALE_UP) {
                    out.add("scaleUp:" + (step.to() - step.from()));
                } else if (step.action() == DryRunAction.SCALE_DOWN) {
                    out.add("scaleDown:" + (step.from() - step.to()));
                }
            }
        }
        return out;
    }

    /** The same observation computed from the timeline's state. */
    private static String seen(KubeState s) {
        for (DeploymentDryRun d : DryRunReconcile.of(s).deployments()) {
            if (d.key().equals("default/web")) {
                int newSpec = d.newReplicaSet().isEmpty() ? 0 : s.replicaSet(d.newReplicaSet()).replicas();
                int oldSpec = 0;
                for (String old : d.oldReplicaSets()) {
                    oldSpec += s.replicaSet(old).replicas();
                }
                return "desired " + d.desired() + " new " + newSpec + " old " + oldSpec;
            }
        }
        return "";
    }

    /** The ReplicaSet writes of the reconcile started at {@code start}, up to its ReconcileFinished. */
    private static List<String> actual(List<WorldEvent> events, int start, String deployment) {
        ReconcileStarted begin = (ReconcileStarted) events.get(start);
        List<String> out = new ArrayList<>();
        for (int j = start + 1; j < events.size(); j++) {
            WorldEvent e = events.get(j);
            if (e instanceof ReconcileFinished && ((ReconcileFinished) e).worker() == begin.worker()
                    && ((ReconcileFinished) e).controller().equals("deployment")) {
                return out;
            }
            if (e instanceof ReplicaSetCreated && ((ReplicaSetCreated) e).deployment().equals(deployment)) {
                out.add("create " + ((ReplicaSetCreated) e).replicas());
            } else if (e instanceof ReplicaSetScaled && ((ReplicaSetScaled) e).replicaSet().startsWith(deployment + "-")) {
                ReplicaSetScaled r = (ReplicaSetScaled) e;
                out.add(r.replicaSet() + " " + r.fromReplicas() + "→" + r.toReplicas());
            }
        }
        return out;
    }
}
