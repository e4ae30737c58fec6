package dev.podium.scenario.goruntime;

import dev.podium.scenario.Verb;
import dev.podium.world.goruntime.rt.GoRuntime;
import java.util.List;

/** The Go runtime world's verbs. */
final class GoVerbs {
    static final List<Verb<GoRuntime>> ALL = List.of();

    private GoVerbs() {
    }
}
