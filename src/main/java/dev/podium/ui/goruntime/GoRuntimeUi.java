package dev.podium.ui.goruntime;

import dev.podium.ui.world.MenuAction;
import dev.podium.ui.world.Narrator;
import dev.podium.ui.world.WorldUi;
import dev.podium.ui.world.WorldView;
import dev.podium.world.goruntime.event.GoEvent;
import java.util.List;

/**
 * The Go runtime world's UI descriptor ({@code goruntime}): its view, narrator and style sheet. It offers no Actions
 * yet (the world's verbs are still to come). Registered in {@code META-INF/services/dev.podium.ui.world.WorldUi}.
 */
public final class GoRuntimeUi implements WorldUi {
    @Override
    public String world() {
        return GoEvent.WORLD;
    }

    @Override
    public WorldView newView() {
        return new GoView();
    }

    @Override
    public Narrator narrator() {
        return new GoNarrator();
    }

    @Override
    public String bundle() {
        return "dev.podium.ui.goruntime.actions";
    }

    @Override
    public String stylesheet() {
        return "/dev/podium/ui/goruntime/goruntime.css";
    }

    @Override
    public List<MenuAction> actions() {
        return List.of();
    }
}
