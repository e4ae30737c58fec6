package dev.podium.scratch;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        String file = System.getProperty("scratch.file", "gc-allocation-burst.yaml");
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn(file));
        run.runToEnd();
        System.out.println("problems " + run.actionProblems());
        for (WorldEvent e : run.timeline().events()) {
            String n = e.getClass().getSimpleName();
            if (!n.equals("EdenRegionTaken") && !n.equals("RequestsTallied") && !n.equals("GcPauseStarted")) {
                String s = e.toString().replaceAll(", regionMap=[^,)]*", "");
                System.out.println(s);
            }
        }
    }
}
