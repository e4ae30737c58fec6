package dev.podium.ui.shell;

import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.world.Inspection;
import dev.podium.ui.world.WorldView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The stage: the current worlds' view nodes in the centre of the window. A click asks the view under
 * the pointer what is there ({@link WorldView#pick}) and hands the answer to the inspector; after
 * every render the same point is asked again, so the inspector follows the playhead. The worlds can be zoomed
 * and panned ({@link StageZoom}); the presenter's layers lie over them. A view can wait backstage
 * ({@link #backstage}): in the worlds' box, unseen and out of its layout, so its first styling and layout on the stage
 * happen before it is shown, and showing it then moves no node (a node that changes parent is styled again).
 */
public final class StageArea extends StackPane {
    private final VBox worldsBox = new VBox();
    private final Consumer<Inspection> inspector;
    private final I18n i18n;
    private final WorldTabs tabs;
    private Runnable onWorldShown = () -> { };
    private List<WorldViews.Entry> entries = List.of();
    private final StageZoom zoom;
    private WorldView pickedView;
    private Point2D pickedPoint;
    /** Views waiting backstage, unseen; those {@link #fullSize sized} are laid out at the worlds' size. */
    private final List<Node> waiting = new ArrayList<>();
    private final List<Node> sized = new ArrayList<>();

    public StageArea(I18n i18n, Consumer<Inspection> inspector) {
        this.i18n = i18n;
        this.inspector = inspector;
        setId("stage");
        getStyleClass().add(PodiumStyles.STAGE);
        getChildren().add(worldsBox);
        tabs = new WorldTabs(i18n, () -> {
            clearPick();
            onWorldShown.run();
        });
        zoom = new StageZoom(this, worldsBox);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    /**
     * The presenter's layers over the worlds, in this order: a black screen, the captions, the question and the
     * pointer. None takes the mouse but the question card, so clicks still reach the views.
     */
    void addPresenterLayers(PresenterControls presenter, NarrationModel narration) {
        Region blank = new Region();
        blank.setId("blank");
        blank.getStyleClass().add(PodiumStyles.BLANK);
        blank.visibleProperty().bind(presenter.blankProperty());
        blank.setMouseTransparent(true);
        // The question card says it already: no subtitle under it.
        CaptionBar captions = new CaptionBar(narration,
                presenter.captionsProperty().and(presenter.question().currentProperty().isNull()));
        captions.fitTo(this, 0.86);
        QuestionCard card = new QuestionCard(presenter.question(), i18n);
        card.fitTo(this, 0.92);
        getChildren().addAll(blank, captions, card, new PointerDot(this, presenter.pointerProperty()));
    }

    /** Zoom and pan of the worlds. */
    StageZoom zoom() {
        return zoom;
    }

    /** Runs when another world comes to the front of the stage (its view wants drawing at its new size). */
    void setOnWorldShown(Runnable action) {
        onWorldShown = action;
    }

    /** The lesson on stage (its name), so a lesson of several worlds shows the one last chosen for it. */
    void lesson(String key) {
        tabs.lesson(key);
    }

    /**
     * Puts a view node not on stage yet into the worlds' box, unseen (invisible, so not drawn, picked or focused)
     * and unmanaged (the worlds on show keep their room), at no size until {@link #fullSize}: the scene styles it
     * with the window's sheets in the next pulse. False, and nothing done, if the node has a parent already.
     */
    boolean backstage(Node node) {
        if (node.getParent() != null || waiting.contains(node)) {
            return false;
        }
        node.setVisible(false);
        node.setManaged(false);
        waiting.add(node);
        worldsBox.getChildren().add(node);
        return true;
    }

    /** Lays a view waiting backstage out at the worlds' size from the next pulse on, as it will be when shown. */
    void fullSize(Node node) {
        if (waiting.contains(node) && !sized.contains(node)) {
            sized.add(node);
            requestLayout();
        }
    }

    /** The views waiting backstage (tests). */
    List<Node> waiting() {
        return List.copyOf(waiting);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        for (Node node : sized) {
            node.resizeRelocate(worldsBox.snappedLeftInset(), worldsBox.snappedTopInset(),
                    worldsBox.getWidth() - worldsBox.snappedLeftInset() - worldsBox.snappedRightInset(),
                    worldsBox.getHeight() - worldsBox.snappedTopInset() - worldsBox.snappedBottomInset());
        }
    }

    /**
     * Shows these worlds, each on its own tab when there are several, and a note for worlds with no view; forgets
     * the pick. A single world whose view is in the worlds' box already (shown, or waiting backstage) stays where it
     * is, so it is not styled again.
     */
    public void show(List<WorldViews.Entry> newEntries, List<String> missingWorlds) {
        entries = List.copyOf(newEntries);
        Node only = entries.size() == 1 ? entries.get(0).view().node() : null;
        waiting.forEach(StageArea::onStage);
        waiting.clear();
        sized.clear();
        if (only != null && only.getParent() == worldsBox) {
            worldsBox.getChildren().retainAll(List.of(only));
        } else {
            worldsBox.getChildren().clear();
        }
        tabs.show(entries.size() > 1 ? entries : List.of());
        if (entries.size() > 1) {
            VBox.setVgrow(tabs.node(), Priority.ALWAYS);
            worldsBox.getChildren().add(tabs.node());
        } else if (only != null) {
            VBox.setVgrow(only, Priority.ALWAYS);
            if (only.getParent() != worldsBox) {
                worldsBox.getChildren().add(only);
            }
        }
        for (String world : missingWorlds) {
            Label missing = new Label();
            missing.textProperty().bind(i18n.text("stage.noView", world));
            worldsBox.getChildren().add(missing);
        }
        clearPick();
    }

    /** A view leaving the backstage: seen and laid out by its box again. */
    private static void onStage(Node node) {
        node.setManaged(true);
        node.setVisible(true);
    }

    public void clearPick() {
        pickedView = null;
        pickedPoint = null;
        inspector.accept(null);
    }

    /** Asks the picked view again at the picked point (after a render). */
    public void repick() {
        if (pickedView != null) {
            inspector.accept(pickedView.pick(pickedPoint.getX(), pickedPoint.getY()));
        }
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || zoom.dragged()) {
            return;
        }
        for (WorldView view : shownViews()) {
            Node child = view.node();
            Point2D local = child.sceneToLocal(event.getSceneX(), event.getSceneY());
            if (local != null && child.contains(local)) {
                pickedView = view;
                pickedPoint = local;
                repick();
                return;
            }
        }
        clearPick();
    }

    /** The views on screen now: every world's, or the one in front when they have tabs. */
    List<WorldView> shownViews() {
        if (entries.size() > 1) {
            WorldView front = tabs.front();
            return front == null ? List.of() : List.of(front);
        }
        return entries.stream().map(WorldViews.Entry::view).toList();
    }
}
