package dev.podium.ui.goruntime;

import dev.podium.ui.world.MenuAction;
import dev.podium.ui.world.Narrator;
import dev.podium.ui.world.WorldUi;
import dev.podium.ui.world.WorldView;
import dev.podium.world.goruntime.event.GoEvent;
import java.util.List;

/**
 * The Go runtime world's UI descriptor ({@code goruntime}): its view, narrator, style sheet and the Actions that
 * fork a run (change GOMAXPROCS, cancel a context, add a goroutine, block or unblock a system call). Goroutines and
 * contexts are asked for by number, a function by name (the dialog cannot list the open program's functions: an
 * unknown name is reported when the fork runs). Registered in {@code META-INF/services/dev.podium.ui.world.WorldUi}.
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
        return List.of(
                MenuAction.asking("setGomaxprocs", "n").startingAt("n", "2"),
                MenuAction.asking("cancelContext", "context"),
                MenuAction.asking("addGoroutine", "function", "args").startingAt("args", "[]"),
                MenuAction.asking("blockSyscall", "goroutine", "for").startingAt("goroutine", "2")
                        .startingAt("for", "1ms"),
                MenuAction.asking("unblockSyscall", "goroutine").startingAt("goroutine", "2"));
    }
}
