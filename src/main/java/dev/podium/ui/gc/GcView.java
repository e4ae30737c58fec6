package dev.podium.ui.gc;

import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.SimDurations;
import dev.podium.timeline.Timeline;
import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.CjkFont;
import dev.podium.ui.common.ResizableCanvas;
import dev.podium.ui.common.ScrollStop;
import dev.podium.ui.common.ViewText;
import dev.podium.ui.world.Inspection;
import dev.podium.ui.world.WorldView;
import dev.podium.world.gc.Collector;
import dev.podium.world.gc.GcPause;
import dev.podium.world.gc.GcProjection;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.LatencySeries;
import dev.podium.world.gc.LoggedPause;
import dev.podium.world.gc.RecentLatencies;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The GC world on stage: a strip of big numbers, three tabs, then one canvas. The heap tab shows the heap as a grid of
 * regions coloured by kind, the pause timeline (a bar per pause, height = duration) and the latency panel (p50, p99,
 * p99.9 over the last second), the last two on one time axis so a pause and the latency it causes line up. The trends
 * tab puts the heap over time (saw-tooth, heap after GC, IHOP or Go's goal and live heap, marking) above the same two
 * panels on the same axis; the histogram tab shows the latencies of the last ten seconds.
 *
 * <p>Everything drawn comes from the state folded at the playhead ({@link ProjectedState}, so seeks are cheap in
 * both directions); the view keeps only drawing caches: the layout and the pause bars of the last frame, for
 * picking. A frame costs O(regions + pauses + latency points). FX thread only; times in simulated nanoseconds.
 */
public final class GcView implements WorldView {
    /** Id of the view's root node. */
    public static final String ID = "gc-view";
    static final String CANVAS_ID = "gc-canvas";
    /** The time axis spans at least this much, so the first seconds are not stretched across the panel. */
    static final long MIN_SPAN_NANOS = 10_000_000_000L;
    /**
     * A view shorter than this (the GC world at 1280×720, more so beside another world) gets the header's smaller
     * values, so the plots under it keep their least heights without scrolling, or with less of it. It is the view's
     * whole height, which the header's size does not change, so the choice never flips back and forth.
     */
    static final double SHORT_VIEW = 640;
    static final String[] TAB_IDS = {"gc-tab-heap", "gc-tab-trends", "gc-tab-histogram"};
    private static final String[] TAB_KEYS = {"tab.heap", "tab.trends", "tab.histogram"};

    private final VBox root = new VBox();
    private final GcHeader header = new GcHeader();
    /** The tab buttons' row. */
    private final HBox bar = new HBox(8);
    private boolean compact;
    private final ResizableCanvas canvas = new ResizableCanvas();
    /** Holds the canvas: it scrolls only when the view is shorter than the plots' least heights need. */
    private final ScrollPane scroller = new ScrollPane();
    private final GcPalette palette;
    private final ViewText text = new ViewText("dev.podium.ui.gc.view");
    private final CanvasFonts fonts = new CanvasFonts();
    private final GcText fit = new GcText(fonts);
    private final HeapGridPainter heapPainter = new HeapGridPainter(fonts, fit);
    private final PausePainter pausePainter = new PausePainter(fonts, fit);
    private final LatencyPainter latencyPainter = new LatencyPainter(fonts, fit);
    private final HeapTrendPainter trendPainter = new HeapTrendPainter(fonts, fit);
    private final HistogramPainter histogramPainter = new HistogramPainter(fonts, fit);
    private final SchedTracePainter schedPainter = new SchedTracePainter(fonts);
    private final ToggleButton[] tabs = new ToggleButton[TAB_IDS.length];
    private GcLayout.Mode mode = GcLayout.Mode.HEAP;
    private boolean tabsLabelled;
    private final GcInspector inspector = new GcInspector();
    private final List<PausePainter.Bar> bars = new ArrayList<>();

    private final long[] throughputBins = new long[RecentLatencies.BINS];
    private ProjectedState<GcState> projected;
    private long playheadNanos;
    private GcLayout layout;
    private TimeAxis axis;
    private Color paintedBg;

    public GcView() {
        root.setId(ID);
        root.getStyleClass().add(ID);
        canvas.setId(CANVAS_ID);
        bar.setPadding(new Insets(2, 18, 4, 18));
        for (int i = 0; i < tabs.length; i++) {
            int index = i;
            tabs[i] = new ToggleButton();
            tabs[i].setId(TAB_IDS[i]);
            tabs[i].setStyle(tabStyle(false));
            tabs[i].setOnAction(e -> showTab(index));
            bar.getChildren().add(tabs[i]);
        }
        tabs[0].setSelected(true);
        scroller.setContent(canvas);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("gc-scroller");
        ScrollStop.whileOverflowing(scroller); // a Tab stop while it has something to scroll
        root.getChildren().addAll(header, bar, scroller);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        palette = new GcPalette(root);
        canvas.setOnResize(() -> render(playheadNanos));
    }

    /** The header and the tab buttons take less height in a short view, so the plots under them keep theirs. */
    private void compact(boolean shortView) {
        header.compact(shortView);
        if (shortView != compact) {
            compact = shortView;
            bar.setPadding(shortView ? new Insets(0, 18, 0, 18) : new Insets(2, 18, 4, 18));
            for (ToggleButton tab : tabs) {
                tab.setStyle(tabStyle(shortView));
            }
        }
    }

    private static String tabStyle(boolean compact) {
        return compact ? "-fx-font-size: 14px; -fx-font-weight: bold; -fx-padding: 3 10 3 10;"
                : "-fx-font-size: 15px; -fx-font-weight: bold;";
    }

    /** Shows tab 0 (heap), 1 (trends) or 2 (histogram). */
    public void showTab(int index) {
        int tab = Math.max(0, Math.min(tabs.length - 1, index));
        mode = GcLayout.Mode.values()[tab];
        for (int i = 0; i < tabs.length; i++) {
            tabs[i].setSelected(i == tab);
        }
        render(playheadNanos);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void bind(Timeline timeline) {
        projected = timeline == null ? null : new ProjectedState<>(timeline, new GcProjection());
        bars.clear();
        layout = null;
    }

    @Override
    public void render(long nowNanos) {
        playheadNanos = nowNanos;
        palette.refreshIfNeeded();
        if (text.refresh() || !tabsLabelled) {
            fonts.family(text.chinese() ? CjkFont.family().orElse(null) : null);
            for (int i = 0; i < tabs.length; i++) {
                tabs[i].setText(text.get(TAB_KEYS[i]));
            }
            tabsLabelled = true;
        }
        fit.clear();
        if (!palette.stageBg().equals(paintedBg)) { // the header strip sits on the stage colour too
            paintedBg = palette.stageBg();
            root.setBackground(new Background(new BackgroundFill(paintedBg, null, null)));
        }
        GraphicsContext g = canvas.canvas().getGraphicsContext2D();
        double w = canvas.canvas().getWidth();
        double h = canvas.canvas().getHeight();

        g.setFill(palette.stageBg());
        g.fillRect(0, 0, w, h);
        if (projected == null) {
            return;
        }
        GcState s = projected.at(nowNanos);
        compact(root.getHeight() > 0 && root.getHeight() < SHORT_VIEW);
        updateHeader(s, nowNanos);
        if (!s.configured()) {
            schedPainter.paint(g, w, h, s.schedSamples(), palette, text); // an imported Go schedtrace alone
            return;
        }
        Set<GcLayout.Panel> wrapped = wrapped(s, w);
        // a canvas too short for the plots' least heights grows and scrolls; the next pulse lays it out
        double least = Math.ceil(GcLayout.minHeight(mode, w, wrapped));
        if (w > 0 && canvas.getMinHeight() != least) {
            canvas.setMinHeight(least);
        }
        if (layout == null || !layout.fits(mode, w, h, s.regionCount(), wrapped)) {
            layout = new GcLayout(mode, w, h, s.regionCount(), wrapped);
        }
        axis = TimeAxis.of(nowNanos, MIN_SPAN_NANOS, layout.pausePlot().x(), layout.pausePlot().w());
        bars.clear();
        switch (mode) {
            case HEAP -> {
                heapPainter.paint(g, layout, s, nowNanos, palette, text);
                pausePainter.paint(g, layout, axis, s, nowNanos, palette, text, bars);
                latencyPainter.paint(g, layout, axis, s, nowNanos, palette, text);
            }
            case TRENDS -> {
                trendPainter.paint(g, layout, axis, s, nowNanos, palette, text);
                pausePainter.paint(g, layout, axis, s, nowNanos, palette, text, bars);
                latencyPainter.paint(g, layout, axis, s, nowNanos, palette, text);
            }
            case HISTOGRAM -> histogramPainter.paint(g, layout, s, nowNanos, palette, text);
        }
    }

    /** The panels of this tab whose title and legend need two lines on a canvas {@code w} wide. */
    private Set<GcLayout.Panel> wrapped(GcState s, double w) {
        Set<GcLayout.Panel> wrapped = EnumSet.noneOf(GcLayout.Panel.class);
        if (mode == GcLayout.Mode.HISTOGRAM) {
            if (histogramPainter.wraps(w, palette, text)) {
                wrapped.add(GcLayout.Panel.HISTOGRAM);
            }
            return wrapped;
        }
        if (mode == GcLayout.Mode.TRENDS && trendPainter.wraps(w, s, palette, text)) {
            wrapped.add(GcLayout.Panel.TREND);
        }
        if (pausePainter.wraps(w, s, palette, text)) {
            wrapped.add(GcLayout.Panel.PAUSES);
        }
        if (latencyPainter.wraps(w, palette, text)) {
            wrapped.add(GcLayout.Panel.LATENCY);
        }
        return wrapped;
    }

    @Override
    public Inspection pick(double x, double y) {
        if (projected == null || layout == null) {
            return null;
        }
        Point2D p = canvas.sceneToLocal(root.localToScene(x, y));
        if (p == null) {
            return null;
        }
        GcState s = projected.at(playheadNanos);
        int region = layout.regionAt(p.getX(), p.getY());
        if (region >= 0 && region < s.regionCount()) {
            return inspector.region(s, region);
        }
        for (int i = bars.size() - 1; i >= 0; i--) { // the latest on top
            PausePainter.Bar bar = bars.get(i);
            if (bar.rect().contains(p.getX(), p.getY()) && bar.pause() < s.pauses().size()) {
                LoggedPause logged = s.loggedPause(bar.pause());
                return logged != null ? inspector.loggedPause(s.pauses().get(bar.pause()), logged)
                        : inspector.pause(s.pauses().get(bar.pause()), playheadNanos);
            }
        }
        if (layout.mode() != GcLayout.Mode.HISTOGRAM && layout.latencyPlot().contains(p.getX(), p.getY())) {
            int index = s.latency().indexAtOrBefore(Math.min(playheadNanos, axis.timeAt(p.getX())));
            return index < 0 ? null : inspector.latency(s.latency().get(index));
        }
        return null;
    }

    /** The layout of the last frame (for tests), or null before the first bound render. */
    GcLayout layout() {
        return layout;
    }

    /** The pause bars of the last frame (for tests). */
    List<PausePainter.Bar> bars() {
        return List.copyOf(bars);
    }

    /** The text drawn on the canvas in the last frame, each with its room (for tests). */
    List<GcText.Drawn> drawnText() {
        return fit.drawn();
    }

    HistogramPainter histogram() {
        return histogramPainter;
    }

    GcPalette palette() {
        return palette;
    }

    /** The canvas pane, whose coordinates the layout uses (for tests). */
    ResizableCanvas canvasPane() {
        return canvas;
    }

    private void updateHeader(GcState s, long nowNanos) {
        header.captions(text, GcFigures.bytes(s.heapBytes()), s.collector().displayName(), HistogramPainter.SECONDS);
        int cpu = s.gcCpuPerMille(nowNanos);
        header.gcCpu.set(nowNanos <= 0 ? "\u2013" : String.format(java.util.Locale.ROOT, "%d.%d %%", cpu / 10,
                cpu % 10));
        GcPause running = s.currentPause();
        header.colours(palette, running != null ? palette.pause(running.kind())
                : s.marking() ? palette.marking : palette.text());
        header.heap.set(GcFigures.bytes(s.usedBytes()));
        header.pauses.set(Integer.toString(s.pauseCount()));
        GcPause last = lastEnded(s);
        header.lastPause.set(last == null ? "\u2013" : SimDurations.readable(last.durationNanos()));
        int index = s.latency().indexAtOrBefore(nowNanos);
        LatencySeries.Point point = index < 0 ? null : s.latency().get(index);
        header.p99.set(point == null || point.p99Nanos() == 0 ? "\u2013"
                : SimDurations.readable(point.p99Nanos()));
        header.throughput.set(throughput(s, nowNanos));
        header.waiting.set(Integer.toString(s.waiting()));
        header.phase.set(running != null ? text.get("phase.stopped")
                : s.marking() ? text.get("phase.marking") : s.mixedPhase() ? text.get("phase.mixed")
                : s.collector() == Collector.G1 ? text.get("phase.youngOnly") : text.get("phase.running"));
    }

    /** Requests served per second over the last ten seconds (fewer at the start of the run). */
    private String throughput(GcState s, long nowNanos) {
        long start = RecentLatencies.windowStartNanos(nowNanos, HistogramPainter.SECONDS);
        if (nowNanos - start <= 0) {
            return "\u2013";
        }
        long served = s.recentLatencies().sum(nowNanos, HistogramPainter.SECONDS, throughputBins);
        return GcFigures.perSecond(served <= 0 ? 0 : (nowNanos - start) / served);
    }

    private static GcPause lastEnded(GcState s) {
        List<GcPause> pauses = s.pauses();
        for (int i = pauses.size() - 1; i >= 0; i--) {
            if (!pauses.get(i).running()) {
                return pauses.get(i);
            }
        }
        return null;
    }
}
