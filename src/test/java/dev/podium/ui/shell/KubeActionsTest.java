package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.scenario.TimedAction;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubeActionsTest {

    @Test
    void actionsCarryVerbTargetAndTheirOneArgument() {
        KubeActions.Kind scale = KubeActions.KINDS.stream().filter(k -> k.verb().equals("scale")).findFirst()
                .orElseThrow();
        TimedAction a = KubeActions.action(42, scale, " web ", " 7 ");
        assertEquals(42, a.atNanos());
        assertEquals("scale", a.verb());
        assertEquals("web", a.target());
        assertEquals(Map.of("replicas", "7"), a.args().asStrings());
        assertEquals("<user>", a.where().file());

        KubeActions.Kind drain = KubeActions.KINDS.stream().filter(k -> k.verb().equals("drain")).findFirst()
                .orElseThrow();
        assertEquals(Map.of(), KubeActions.action(1, drain, "node-1", "ignored").args().asStrings());
    }
}
