package dev.podium.ui.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets worlds' views ready before a playback that needs them comes on stage, so that a live cluster's first sync does
 * not also pay, in one long pulse, for loading the view's classes, building it and styling it the first time. In
 * steps: {@link ViewClassWarmer#warmDeep} loads and links the classes on a background thread; then, one step a pulse
 * on the FX thread, the views are built ({@link WorldViews#forWorld}, which keeps them for the playback), a
 * throwaway control of each kind they hold is styled, and their own nodes are styled once, each in a scratch scene
 * with the window's style sheets (controls make their skins then) and taken out of it again; then each view waits
 * backstage on the window's stage ({@link StageArea#backstage}), where the scene styles it once more with its real
 * ancestors, and in the next step it is laid out at the stage's size; showing it later is then only making it seen.
 * A world whose view is built already is left alone. Nothing is shown and nothing is bound, so
 * what the window shows is the same with or without it; a step that fails is logged and the rest skipped.
 * FX thread only (the warming thread touches no node).
 */
final class WorldPrep {
    private static final Logger LOG = LoggerFactory.getLogger(WorldPrep.class);
    /** Kinds of control a throwaway of which has been styled in this process (FX thread only). */
    private static final Set<Class<?>> STYLED = new HashSet<>();

    private final WorldViews views;
    private final Scene window;
    private final StageArea stage;
    private final List<String> worlds = new ArrayList<>();
    private final List<Node> built = new ArrayList<>();

    private Future<?> warming;
    /** The kinds of control still to style a throwaway of; null until the views are built. */
    private ArrayDeque<Class<? extends Control>> kinds;
    /** The steps after the throwaways: style the views in a scratch scene, put each backstage, size each. */
    private ArrayDeque<Runnable> last;

    /** Prepares {@code names} (those this build shows and has not built) for {@code stage}, in {@code window}. */
    WorldPrep(WorldViews views, Scene window, StageArea stage, List<String> names) {
        this.views = views;
        this.window = window;
        this.stage = stage;
        for (String name : names) {
            if (views.knows(name) && !views.isBuilt(name)) {
                worlds.add(name);
            }
        }
    }

    /** Starts the background step (on a daemon thread), then one FX step a pulse until done, then runs {@code ready}. */
    void start(Runnable ready) {
        if (worlds.isEmpty()) {
            ready.run();
            return;
        }
        startWarming(work -> {
            Thread thread = new Thread(work, "podium-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            thread.start();
        });
        new AnimationTimer() {
            private boolean done;

            @Override
            public void handle(long now) {
                if (done) {
                    // a pulse after the last step, so what ready starts (showing a playback) is not in its pulse
                    stop();
                    ready.run();
                } else {
                    done = !step();
                }
            }
        }.start();
    }

    /** Starts loading and linking the views' classes on {@code thread}; the FX steps wait for it. */
    void startWarming(Executor thread) {
        List<Object> uis = new ArrayList<>();
        worlds.forEach(w -> uis.add(views.ui(w)));
        warming = CompletableFuture.runAsync(() -> uis.forEach(ViewClassWarmer::warmDeep), thread);
    }

    /**
     * One step on the FX thread; false once there is nothing left to do. Waits (true, nothing done) while the classes
     * are still loading. The steps: build the views; then, for each kind of control in them not met before, style a
     * throwaway one (its skin and behaviour are the costly part of a control's first styling, about half of it the
     * JVM linking their lambdas, which only running them does); then style the views' own nodes; then put each
     * backstage (the pulse styles it on the stage), then lay each out at the stage's size.
     */
    boolean step() {
        if (worlds.isEmpty() || warming != null && !warming.isDone()) {
            return !worlds.isEmpty();
        }
        try {
            if (kinds == null) {
                kinds = new ArrayDeque<>();
                for (String w : worlds) {
                    if (!views.isBuilt(w)) {
                        Node node = views.forWorld(w).view().node();
                        built.add(node);
                        controlKinds(node, kinds);
                    }
                }
            } else if (!kinds.isEmpty()) {
                Class<? extends Control> kind = kinds.poll();
                if (STYLED.add(kind)) {
                    styleOnce(kind.getDeclaredConstructor().newInstance());
                }
            } else {
                if (last == null) {
                    last = lastSteps();
                }
                last.poll().run();
                if (last.isEmpty()) {
                    worlds.clear();
                }
            }
        } catch (RuntimeException | ReflectiveOperationException | LinkageError e) {
            LOG.warn("getting a view ready ahead failed; it is built when shown instead", e);
            worlds.clear();
        }
        return !worlds.isEmpty();
    }

    private ArrayDeque<Runnable> lastSteps() {
        ArrayDeque<Runnable> steps = new ArrayDeque<>();
        steps.add(() -> built.forEach(this::styleOnce));
        List<Node> held = new ArrayList<>();
        for (Node node : built) {
            steps.add(() -> {
                if (stage.backstage(node)) {
                    held.add(node);
                }
            });
        }
        steps.add(() -> held.forEach(stage::fullSize));
        return steps;
    }

    /** The kinds of control under {@code node} not yet styled in this process, each once, in tree order. */
    private static void controlKinds(Node node, ArrayDeque<Class<? extends Control>> out) {
        if (node instanceof Control control && !STYLED.contains(control.getClass())
                && !out.contains(control.getClass())) {
            out.add(control.getClass());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                controlKinds(child, out);
            }
        }
    }

    /** Styles {@code node} in a scene of its own with the window's sheets and root classes, then frees it. */
    private void styleOnce(Node node) {
        if (node.getParent() != null || node.getScene() != null) {
            return; // already on stage: styled there
        }
        Group holder = new Group(node);
        Parent root = window.getRoot();
        if (root != null) {
            holder.getStyleClass().addAll(root.getStyleClass());
        }
        Scene scratch = new Scene(holder);
        scratch.getStylesheets().setAll(window.getStylesheets());
        node.applyCss();
        holder.getChildren().clear();
    }
}
