package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.config.event.ConfigLoaded;
import dev.podium.world.kube.config.event.ConfigRollout;
import dev.podium.world.kube.config.event.ConfigVolumeRefreshed;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Runs configmap-hot-reload.yaml to its end and checks what its narration claims, at the times it claims it. */
class ConfigMapLessonTest {
    private static final long S = 1_000_000_000L;

    private static <T> List<T> all(List<WorldEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void lessonPlaysAsItsNarrationSays() throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn("configmap-hot-reload.yaml"));
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        List<WorldEvent> events = run.timeline().events();
        Set<String> first = new TreeSet<>(all(events, PodCreated.class).stream()
                .filter(p -> p.timeNanos() < 60 * S).map(PodCreated::pod).toList());
        assertEquals(3, first.size());
        // 0 s: each pod holds version 1 in its volume, env and subPath.
        List<ConfigLoaded> start = all(events, ConfigLoaded.class).stream().filter(l -> l.timeNanos() < 60 * S)
                .toList();
        assertEquals(9, start.size());
        assertTrue(start.stream().allMatch(l -> l.version() == 1));
        // 1m → 2m5s: every volume gets version 2 within a minute of the update, and nothing else does.
        List<ConfigVolumeRefreshed> refreshed = all(events, ConfigVolumeRefreshed.class).stream()
                .filter(r -> r.timeNanos() < 150 * S).toList();
        assertEquals(first, new TreeSet<>(refreshed.stream().map(ConfigVolumeRefreshed::pod).toList()));
        assertTrue(refreshed.stream().allMatch(r -> r.version() == 2 && r.timeNanos() >= 60 * S
                && r.timeNanos() <= 120 * S), refreshed::toString);
        assertTrue(all(events, ConfigLoaded.class).stream().noneMatch(l -> l.timeNanos() >= 60 * S
                && l.timeNanos() < 150 * S), "no container was created again before the fix");
        // 2m30s: the checksum annotation rolls the Deployment.
        assertEquals(List.of(new ConfigRollout(150 * S, "default/web", "default/app-config", 3, false)),
                all(events, ConfigRollout.class));
        // 4m: three new pods whose volume, env and subPath hold version 3; the old pods are gone.
        Set<String> fresh = new TreeSet<>(all(events, PodCreated.class).stream()
                .filter(p -> p.timeNanos() > 150 * S && p.timeNanos() < 240 * S).map(PodCreated::pod).toList());
        assertEquals(3, fresh.size(), fresh::toString);
        List<ConfigLoaded> reloaded = all(events, ConfigLoaded.class).stream()
                .filter(l -> fresh.contains(l.pod()) && l.timeNanos() < 240 * S).toList();
        assertEquals(9, reloaded.size(), reloaded::toString);
        assertTrue(reloaded.stream().allMatch(l -> l.version() == 3), reloaded::toString);
        Set<String> deleted = new TreeSet<>(all(events, PodDeleted.class).stream()
                .filter(d -> d.timeNanos() < 240 * S).map(PodDeleted::pod).toList());
        assertEquals(first, deleted);
    }
}
