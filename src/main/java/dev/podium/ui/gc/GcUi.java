package dev.podium.ui.gc;

import dev.podium.ui.world.MenuAction;
import dev.podium.ui.world.Narrator;
import dev.podium.ui.world.WorldUi;
import dev.podium.ui.world.WorldView;
import java.util.List;

/**
 * The GC world's UI descriptor: its view, narrator, style sheet and Actions (change the request rate, start an
 * allocation burst, call {@code System.gc()}). Registered in {@code META-INF/services/dev.podium.ui.world.WorldUi}.
 */
public final class GcUi implements WorldUi {
    @Override
    public String world() {
        return "gc";
    }

    @Override
    public WorldView newView() {
        return new GcView();
    }

    @Override
    public Narrator narrator() {
        return new GcNarrator();
    }

    @Override
    public String bundle() {
        return "dev.podium.ui.gc.actions";
    }

    @Override
    public String stylesheet() {
        return "/dev/podium/ui/gc/gc.css";
    }

    @Override
    public List<MenuAction> actions() {
        return List.of(
                MenuAction.asking("setRequestRate", "requestsPerSecond").startingAt("requestsPerSecond", "500"),
                MenuAction.asking("allocationBurst", "factor", "duration").startingAt("factor", "4")
                        .startingAt("duration", "20s"),
                MenuAction.asking("systemGc"));
    }
}
