package dev.podium.ui.queue;

import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.SimDurations;
import dev.podium.timeline.Timeline;
import dev.podium.ui.common.ResizableCanvas;
import dev.podium.ui.common.ViewText;
import dev.podium.ui.world.Inspection;
import dev.podium.ui.world.WorldView;
import dev.podium.world.queue.QueueProjection;
import dev.podium.world.queue.QueueState;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The queue world on stage: a header of big numbers, an animated picture of the queue (customers
 * arrive from the left, wait in a FIFO line, are served in stacked server boxes and leave to the
 * right) and a live plot of the queue length under it.
 *
 * <p>Everything drawn is a function of the state at the playhead ({@link ProjectedState}, so seeks
 * are instant) and of simulated time for motion, so play, pause and scrub need no special cases. The
 * plot's series is built incrementally: each render folds only the events appended since the last.
 * A frame costs O(servers + customers drawn + plot width).
 *
 * <p>FX thread only. Times are simulated nanoseconds.
 */
public final class QueueView implements WorldView {
    /** Id of the view's root node. */
    public static final String ID = "queue-view";
    static final String STAGE_ID = "queue-stage";
    static final String PLOT_ID = "queue-plot";

    private final VBox root = new VBox();
    private final StatsHeader header = new StatsHeader();
    private final ResizableCanvas stage = new ResizableCanvas();
    private final ResizableCanvas plot = new ResizableCanvas();
    private final QueuePalette palette;
    private final ViewText text = new ViewText("dev.podium.ui.queue.view");
    private final StagePainter stagePainter = new StagePainter();
    private final PlotPainter plotPainter = new PlotPainter();
    private final QueueLengthSeries series = new QueueLengthSeries();
    private final ArrivalLog arrivals = new ArrivalLog();
    private final List<StageHit> hits = new ArrayList<>();
    private final QueueInspector inspector = new QueueInspector();

    private Timeline timeline;
    private ProjectedState<QueueState> projected;
    private int folded;
    private long playheadNanos;
    private QueueLayout layout;
    private String rateUnit = "";
    private Color paintedBg;

    public QueueView() {
        root.setId(ID);
        root.getStyleClass().add(ID);
        stage.setId(STAGE_ID);
        plot.setId(PLOT_ID);
        root.getChildren().addAll(header, stage, plot);
        VBox.setVgrow(stage, Priority.ALWAYS);
        plot.prefHeightProperty().bind(root.heightProperty().multiply(0.3));
        plot.setMinHeight(120);
        palette = new QueuePalette(root);
        stage.setOnResize(this::redraw);
        plot.setOnResize(this::redraw);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void bind(Timeline newTimeline) {
        timeline = newTimeline;
        projected = newTimeline == null ? null : new ProjectedState<>(newTimeline, new QueueProjection());
        series.clear();
        arrivals.clear();
        folded = 0;
        hits.clear();
    }

    @Override
    public void render(long nowNanos) {
        playheadNanos = nowNanos;
        palette.refreshIfNeeded();
        boolean languageChanged = text.refresh();
        GraphicsContext g = stage.canvas().getGraphicsContext2D();
        if (projected == null) {
            g.setFill(palette.stageBg());
            g.fillRect(0, 0, stage.canvas().getWidth(), stage.canvas().getHeight());
            plot.canvas().getGraphicsContext2D().clearRect(0, 0, plot.canvas().getWidth(), plot.canvas().getHeight());
            return;
        }
        foldNewEvents();
        QueueState state = projected.at(nowNanos);

        String unit = QueueFigures.rateUnit(state.meanServiceNanos()).symbol();
        if (languageChanged || !unit.equals(rateUnit)) {
            rateUnit = unit;
            header.captions(text, unit);
        }
        header.colours(palette);
        if (!palette.stageBg().equals(paintedBg)) { // the header strip sits on the stage colour too
            paintedBg = palette.stageBg();
            root.setBackground(new Background(new BackgroundFill(paintedBg, null, null)));
        }
        updateNumbers(state);

        int slots = Math.max(1, state.inService().size());
        double w = stage.canvas().getWidth();
        double h = stage.canvas().getHeight();
        if (layout == null || layout.servers() != slots || layout.capacity() != state.capacity()
                || layout.width() != Math.max(200, w) || layout.height() != Math.max(120, h)) {
            layout = new QueueLayout(w, h, slots, state.capacity());
        }
        QueueMotion motion = QueueMotion.forMeans(state.meanServiceNanos(), state.meanInterarrivalNanos());
        stagePainter.paint(g, layout, motion, state, arrivals, nowNanos, palette, text, hits);
        plotPainter.paint(plot.canvas().getGraphicsContext2D(), plot.canvas().getWidth(), plot.canvas().getHeight(),
                series, nowNanos, 20 * Math.max(1, state.meanServiceNanos()), palette, text);
    }

    @Override
    public Inspection pick(double x, double y) {
        if (projected == null) {
            return null;
        }
        Point2D p = stage.sceneToLocal(root.localToScene(x, y));
        if (p == null) {
            return null;
        }
        for (int i = hits.size() - 1; i >= 0; i--) { // topmost first
            StageHit hit = hits.get(i);
            if (hit.contains(p.getX(), p.getY())) {
                return inspector.inspect(hit, projected.at(playheadNanos), arrivals, playheadNanos);
            }
        }
        return null;
    }

    /** The stage layout of the last frame (for tests), or null before the first bound render. */
    QueueLayout layout() {
        return layout;
    }

    /** The colours of the last frame (for tests). */
    QueuePalette palette() {
        return palette;
    }

    /** The stage canvas pane, whose coordinates the layout uses (for tests). */
    ResizableCanvas stagePane() {
        return stage;
    }

    private void redraw() {
        render(playheadNanos);
    }

    /** Feeds the series and the arrival log only the events appended since the last frame. */
    private void foldNewEvents() {
        int size = timeline.size();
        while (folded < size) {
            var event = timeline.get(folded++);
            series.accept(event);
            arrivals.accept(event);
        }
    }

    private void updateNumbers(QueueState s) {
        SimDurations.Unit unit = QueueFigures.rateUnit(s.meanServiceNanos());
        header.waiting.set(Integer.toString(s.waitingCount()));
        header.inService.set(Integer.toString(s.busyCount()));
        header.served.set(Long.toString(s.servedCount()));
        header.showRejected(s.capacity() > 0 || s.rejectedCount() > 0);
        header.rejected.set(Long.toString(s.rejectedCount()));
        boolean anyStarted = s.servedCount() > 0 || s.busyCount() > 0;
        header.meanWait.set(anyStarted ? SimDurations.readable(s.meanWaitNanos()) : "–");
        header.rho.set(QueueFigures.rho(s.utilisationPerMille()));
        header.lambda.set(QueueFigures.rate(s.meanInterarrivalNanos(), unit));
        header.mu.set(QueueFigures.rate(s.meanServiceNanos(), unit));
    }
}
