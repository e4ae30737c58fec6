package dev.podium.ui.queue;

import dev.podium.ui.world.MenuAction;
import dev.podium.ui.world.Narrator;
import dev.podium.ui.world.WorldUi;
import dev.podium.ui.world.WorldView;
import java.util.List;

/**
 * The queue world's UI descriptor: its view, narrator and Actions (change the arrival rate or the servers, or send
 * a burst of {@value #BURST_SIZE} customers). Registered in {@code META-INF/services/dev.podium.ui.world.WorldUi}.
 */
public final class QueueUi implements WorldUi {
    /** Customers in one burst from the menu. */
    public static final int BURST_SIZE = 10;

    @Override
    public String world() {
        return "queue";
    }

    @Override
    public WorldView newView() {
        return new QueueView();
    }

    @Override
    public Narrator narrator() {
        return new QueueNarrator();
    }

    @Override
    public String bundle() {
        return "dev.podium.ui.queue.actions";
    }

    @Override
    public List<MenuAction> actions() {
        return List.of(
                MenuAction.asking("setArrivalRate", "arrivalsPerSecond").startingAt("arrivalsPerSecond", "1"),
                MenuAction.asking("setServers", "servers").startingAt("servers", "2"),
                MenuAction.asking("burst").fixing("count", Integer.toString(BURST_SIZE)));
    }
}
