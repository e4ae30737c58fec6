package dev.podium.ui.kube;

import dev.podium.timeline.SimDurations;
import dev.podium.timeline.Timeline;
import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ResizableCanvas;
import dev.podium.ui.common.ScrollStop;
import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.flow.event.ClientThrottled;
import dev.podium.world.kube.state.KubeState;
import java.util.List;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The reconcile tab: a controller selector (ReplicaSet by default) above a canvas with that controller's pipeline.
 * A live or recorded-live timeline (recognised by its content, {@link LivePipelineModel#isLive}) has no simulated
 * controllers to show: the tab shows our own informers, the event queue and a dry-run reconcile instead, and hides
 * the selector. FX thread only.
 */
final class ReconcilePane extends VBox {
    static final String ID = "kube-reconcile";
    static final String SELECTOR_ID = "kube-controller";
    static final String THROTTLE_ID = "kube-controller-throttled";
    /** How long a "Waited for …" line stays beside the selector. */
    static final long THROTTLE_SHOWN_NANOS = 5_000_000_000L;
    static final List<String> CONTROLLERS = List.of("replicaset", "deployment", "horizontalpodautoscaling",
            "endpoints", "scheduler");

    private final ResizableCanvas canvas = new ResizableCanvas();
    /** A stage too short for the pipeline and its bottom band scrolls (see {@link PipelineLayout#minHeight}). */
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final ComboBox<String> selector = new ComboBox<>();
    private final Label label = new Label();
    /** The controller client's latest long wait for a token (client-go's "Waited for …"), while it is recent. */
    private final Label throttle = new Label();
    private final CanvasFonts fonts = new CanvasFonts();
    private final ReconcilePainter painter = new ReconcilePainter(fonts);
    private final ReconcileModel model = new ReconcileModel();
    private final LivePipelineModel live = new LivePipelineModel();
    private final LivePipelinePainter livePainter = new LivePipelinePainter(fonts);
    private boolean liveShown;
    private ViewText text;
    private String shownControllerName;
    private PipelineLayout layout;

    ReconcilePane(Runnable redraw) {
        setId(ID);
        selector.setId(SELECTOR_ID);
        selector.getItems().setAll(CONTROLLERS);
        selector.getSelectionModel().select("replicaset");
        selector.setCellFactory(v -> new NameCell());
        selector.setButtonCell(new NameCell());
        selector.valueProperty().addListener((o, a, b) -> redraw.run());
        HBox bar = new HBox(10, label, selector, throttle);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 0, 16));
        label.setStyle("-fx-font-size: 16px;");
        throttle.setId(THROTTLE_ID);
        throttle.setStyle("-fx-font-size: 16px; -fx-font-weight: bold; -fx-text-fill: -pd-pod-pending;");
        selector.setStyle("-fx-font-size: 16px;");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        ScrollStop.whileOverflowing(scroll); // a Tab stop while it has something to scroll
        scroll.getStyleClass().addAll("edge-to-edge", "stage-scroll");
        getChildren().addAll(bar, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        canvas.setOnResize(redraw);
    }

    /** The text of the last pipeline painted, each piece with its room (tests: nothing is squeezed). */
    List<FitText.Drawn> drawnText() {
        return painter.drawnText();
    }

    String controller() {
        return selector.getValue() == null ? "replicaset" : selector.getValue();
    }

    void select(String controller) {
        selector.getSelectionModel().select(controller);
    }

    void render(Timeline timeline, int count, KubeState s, ClusterModel cluster, long now, KubePalette p, ViewText t,
            String family) {
        for (String queue : s.custom().crds().isEmpty() ? List.<String>of() : s.workqueues().keySet()) {
            if (!selector.getItems().contains(queue)) {
                selector.getItems().add(queue); // an operator or the garbage collector, known from its events
            }
        }
        String shownName = displayName(t, controller());
        if (text == null || !shownName.equals(shownControllerName)) {
            // the button cell was made before the text was known (or the language changed): let it re-read
            shownControllerName = shownName;
            text = t;
            selector.setButtonCell(new NameCell());
        }
        text = t;
        fonts.family(family);
        boolean isLive = LivePipelineModel.isLive(s);
        if (isLive != liveShown) {
            liveShown = isLive;
            selector.setVisible(!isLive);
            selector.setManaged(!isLive);
        }
        label.setText(t.get(isLive ? "live.label" : "controller.label"));
        double w = canvas.canvas().getWidth();
        double h = canvas.canvas().getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        double least = isLive ? 0 : PipelineLayout.minHeight(w);
        if (canvas.getMinHeight() != least) {
            canvas.setMinHeight(least);
        }
        if (isLive) {
            live.build(s, now, t);
            livePainter.paint(canvas.canvas().getGraphicsContext2D(), w, h, live, p, t);
            return;
        }
        if (layout == null || layout.width != Math.max(480, w) || layout.height != Math.max(400, h)) {
            layout = new PipelineLayout(w, h);
        }
        String c = controller();
        ClientThrottled waited = s.flow().lastThrottled(c);
        boolean recent = waited != null && now >= waited.timeNanos()
                && now - waited.timeNanos() < THROTTLE_SHOWN_NANOS;
        throttle.setText(recent ? t.get("reconcile.throttled", SimDurations.brief(waited.waitNanos()),
                SimDurations.brief(now - waited.timeNanos())) : "");
        List<String> watched = cluster.informers().getOrDefault(c, List.of());
        model.scan(timeline, count, now, c, new TreeSet<>(watched));
        painter.paint(canvas.canvas().getGraphicsContext2D(), layout, model, s, cluster, c, watched, now, p, t);
    }

    /** The canvas pane (picks are in its coordinates). */
    ResizableCanvas canvasPane() {
        return canvas;
    }

    /** True while the live pipeline is shown. */
    boolean showsLive() {
        return liveShown;
    }

    LivePipelineModel liveModel() {
        return live;
    }

    PipelineLayout pipelineLayout() {
        return layout;
    }

    /** The controller's label, or its own name for one the bundle does not know (a scenario's operator). */
    private static String displayName(ViewText t, String controller) {
        String shown = t.get("controller." + controller);
        return shown.equals("controller." + controller) ? controller : shown;
    }

    private final class NameCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : text == null ? item : displayName(text, item));
        }
    }
}
