package dev.podium.ui.goruntime;

import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.SimDurations;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.CjkFont;
import dev.podium.ui.common.ResizableCanvas;
import dev.podium.ui.common.ViewText;
import dev.podium.ui.world.Inspection;
import dev.podium.ui.world.WorldView;
import dev.podium.world.goruntime.event.SelectChose;
import dev.podium.world.goruntime.state.GoProjection;
import dev.podium.world.goruntime.state.GoState;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The Go runtime world on stage. On the left, one canvas: a line of figures, the scheduler
 * ({@link SchedulerPainter}: Ps as lanes with runnext and local ring, Ms, the global queue, goroutines in flight)
 * and below it the channels, sync objects and context tree ({@link ObjectsPainter}). On the right, a second canvas:
 * the program's source with each goroutine's line in a gutter and the line of the latest event highlighted, and the
 * program's output ({@link CodePainter}).
 *
 * <p>Everything drawn comes from the state folded at the playhead ({@link ProjectedState}) and from the few events
 * just before it (moves in flight, the goroutine to follow, the latest select), so seeking either way costs one fold
 * and motion is a function of simulated time. The view keeps only drawing caches and the hit boxes of the last
 * frame, for picking. FX thread only; times in simulated nanoseconds.
 */
public final class GoView implements WorldView {
    /** Id of the view's root node. */
    public static final String ID = "go-view";
    static final String STAGE_ID = "go-stage";
    static final String CODE_ID = "go-code";
    /** Events looked at before the playhead to find the goroutine to follow and the latest select. */
    private static final int FOCUS_SCAN = 400;
    /** At most this many channels count as touched lately (drawn first when not all fit). */
    private static final int RECENT_CHANNELS = 8;
    /** The source panel's width when the view can give it: about 45 characters of code beside the line numbers. */
    static final double CODE_WANTED = 470;
    /** The least width of the stage beside the source: four narrow lane columns and a chip of the local ring. */
    static final double STAGE_LEAST = 330;

    private final HBox root = new HBox();
    private final ResizableCanvas stage = new ResizableCanvas();
    private final ResizableCanvas code = new ResizableCanvas();
    private final GoPalette palette;
    private final ViewText text = new ViewText("dev.podium.ui.goruntime.view");
    private final CanvasFonts fonts = new CanvasFonts();
    private final Ink ink = new Ink(fonts);
    private final SchedulerPainter scheduler = new SchedulerPainter(ink);
    private final GlyphLegend legend = new GlyphLegend(ink);
    /** The least height left to channels and sync objects before the legend gives way. */
    private static final double MIN_OBJECTS_H = 240;
    private final ObjectsPainter objects = new ObjectsPainter(ink);
    private final CodePainter codePainter = new CodePainter(ink);
    private final GoInspector inspector = new GoInspector();
    private final List<Hit> stageHits = new ArrayList<>();
    private final List<Hit> codeHits = new ArrayList<>();

    private Timeline timeline;
    private ProjectedState<GoState> projected;
    private Utilisation utilisation;
    private String sourceName;
    /** The recorded source shown (compared by identity: every state of a run shares the one string). */
    private String sourceText;
    private long playheadNanos;
    private long focusG;
    private int focusLine;

    public GoView() {
        root.setId(ID);
        root.getStyleClass().add(ID);
        stage.setId(STAGE_ID);
        code.setId(CODE_ID);
        root.getChildren().addAll(stage, code);
        HBox.setHgrow(stage, Priority.ALWAYS);
        code.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> codeWidth(root.getWidth()), root.widthProperty()));
        code.minWidthProperty().bind(code.prefWidthProperty());
        palette = new GoPalette(root);
        stage.setOnResize(() -> render(playheadNanos));
        code.setOnResize(() -> render(playheadNanos));
    }

    /**
     * The source panel's width in a view {@code w} wide: 40% of it, or more where the stage can spare it, up to
     * {@link #CODE_WANTED} (so most lines of a lesson's program are one row read from the back of the room); the
     * stage keeps {@link #STAGE_LEAST}, and its wide layout when it had room for that at 60%.
     */
    static double codeWidth(double w) {
        double stageLeast = w * 0.6 >= SchedulerPainter.NARROW + 28 ? SchedulerPainter.NARROW + 28 : STAGE_LEAST;
        return Math.max(w * 0.4, Math.min(CODE_WANTED, w - stageLeast));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void bind(Timeline timeline) {
        this.timeline = timeline;
        projected = timeline == null ? null : new ProjectedState<>(timeline, new GoProjection());
        utilisation = timeline == null ? null : new Utilisation(timeline);
        sourceName = null;
        sourceText = null;
        codePainter.source(List.of());
        stageHits.clear();
        codeHits.clear();
    }

    @Override
    public void render(long nowNanos) {
        playheadNanos = nowNanos;
        palette.refreshIfNeeded();
        if (text.refresh()) {
            fonts.family(text.chinese() ? CjkFont.family().orElse(null) : null);
        }
        GraphicsContext g = stage.canvas().getGraphicsContext2D();
        double w = stage.canvas().getWidth();
        double h = stage.canvas().getHeight();
        g.setFill(palette.stageBg());
        g.fillRect(0, 0, w, h);
        GraphicsContext cg = code.canvas().getGraphicsContext2D();
        double cw = code.canvas().getWidth();
        double ch = code.canvas().getHeight();
        cg.setFill(palette.stageBg());
        cg.fillRect(0, 0, cw, ch);
        stageHits.clear();
        codeHits.clear();
        if (projected == null) {
            return;
        }
        GoState s = projected.at(nowNanos);
        int folded = projected.appliedCount();
        utilisation.readTo(folded);
        if (!s.fileName().equals(sourceName) || s.source() != sourceText) {
            sourceName = s.fileName();
            sourceText = s.source();
            // the recorded source first (replays, inline programs); a recording made before it was recorded
            // still finds the file by name
            codePainter.source(sourceText.isEmpty() ? SourceText.load(sourceName) : SourceText.split(sourceText));
        }
        SelectChose select = follow(s, folded);
        double pad = w < SchedulerPainter.NARROW + 28 ? 8 : 14; // a narrow stage keeps its room for the lanes
        double top = header(g, pad, w - 2 * pad, s, nowNanos) + 6;
        double schedH = scheduler.paint(g, pad, top, w - 2 * pad, h * 0.62 - top, s, utilisation, nowNanos,
                Moves.inFlight(timeline, folded, nowNanos), this::lineOf, palette, text, stageHits);
        double oy = top + schedH + 10;
        // the key to the state badges, only where the channels and sync objects keep room for a few rows
        double legendH = legend.height(w - 2 * pad, text);
        if (h - oy - pad - legendH < MIN_OBJECTS_H) {
            legendH = 0;
        }
        objects.paint(g, pad, oy, w - 2 * pad, h - oy - pad - legendH, s, select, recentChannels(folded), nowNanos,
                palette, text, stageHits);
        if (legendH > 0) {
            legend.paint(g, pad, h - pad - legendH, w - 2 * pad, palette, text);
        }
        ink.surface(1);
        codePainter.paint(cg, cw, ch, s, focusG, focusLine, palette, text, codeHits);
        ink.surface(0);
    }

    /** Finds the goroutine the latest events concern (its line is highlighted) and the latest select. */
    private SelectChose follow(GoState s, int folded) {
        focusG = 0;
        focusLine = 0;
        SelectChose select = null;
        for (int i = folded - 1; i >= Math.max(0, folded - FOCUS_SCAN); i--) {
            WorldEvent e = timeline.get(i);
            if (select == null && e instanceof SelectChose c) {
                select = c;
            }
            if (focusG == 0) {
                long gid = Events.goroutineOf(e);
                int line = Events.lineOf(e) > 0 ? Events.lineOf(e) : gid > 0 ? s.line(gid) : 0;
                if (gid > 0 && line > 0) {
                    focusG = gid;
                    focusLine = line;
                }
            }
            if (focusG != 0 && select != null) {
                break;
            }
        }
        if (select != null && s.line(select.g()) != select.line()) {
            select = null; // the goroutine has moved on from that select
        }
        return select;
    }

    /** The channels the events before the playhead touched, newest first (at most {@link #RECENT_CHANNELS}). */
    private long[] recentChannels(int folded) {
        java.util.LinkedHashSet<Long> found = new java.util.LinkedHashSet<>();
        for (int i = folded - 1; i >= Math.max(0, folded - FOCUS_SCAN) && found.size() < RECENT_CHANNELS; i--) {
            long ch = Events.channelOf(timeline.get(i));
            if (ch > 0) {
                found.add(ch);
            }
        }
        return found.stream().mapToLong(Long::longValue).toArray();
    }

    /** The figures in a line (two when narrow), each piece whole; returns the height used. */
    private double header(GraphicsContext g, double x, double w, GoState s, long now) {
        boolean narrow = w < SchedulerPainter.NARROW; // a narrow stage: smaller figures, fewer lines
        List<String> pieces = new ArrayList<>(List.of(text.get("header.procs", s.gomaxprocs()),
                text.get("header.goroutines", s.liveGoroutines())));
        if (!narrow) { // a narrow stage leaves the global queue's length to its row, the time to the transport bar
            pieces.add(text.get("header.global", s.globalRunQueueSize()));
        }
        pieces.addAll(List.of(text.get("header.steals", s.steals()), text.get("header.handoffs", s.handoffs()),
                text.get("header.preemptions", s.preemptions())));
        if (!narrow) {
            pieces.add("t = " + SimDurations.readable(now));
        }
        if (s.exitStatus() >= 0) {
            pieces.add(text.get("header.exited", s.exitStatus(), s.exitReason()));
        }
        javafx.scene.text.Font font = fonts.bold(narrow ? Ink.BODY - 1 : Ink.BODY + 1);
        double lineH = narrow ? 21 : 24;
        double cx = x;
        double cy = narrow ? 16 : 20;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            double pw = ink.width(piece, font);
            if (cx > x && cx + pw > x + w) {
                cx = x;
                cy += lineH;
            }
            boolean exit = i == pieces.size() - 1 && s.exitStatus() >= 0;
            ink.text(g, piece, cx, cy, x + w - cx, font, exit ? (s.exitStatus() == 0
                    ? palette.status(dev.podium.world.goruntime.event.GStatus.RUNNING) : palette.closed)
                    : palette.text());
            cx += pw + (narrow ? 14 : 20);
        }
        return cy + (narrow ? 14 : 18);
    }

    @Override
    public Inspection pick(double x, double y) {
        if (projected == null) {
            return null;
        }
        GoState s = projected.at(playheadNanos);
        Point2D onStage = stage.sceneToLocal(root.localToScene(x, y));
        Hit hit = onStage == null ? null : find(stageHits, onStage.getX(), onStage.getY());
        if (hit == null) {
            Point2D onCode = code.sceneToLocal(root.localToScene(x, y));
            hit = onCode == null ? null : find(codeHits, onCode.getX(), onCode.getY());
        }
        if (hit == null) {
            return null;
        }
        return switch (hit.kind()) {
            case GOROUTINE -> inspectGoroutine(hit.id());
            case P -> inspector.p(s, (int) hit.id());
            case M -> inspector.m(s, (int) hit.id());
            case CHANNEL -> inspector.channel(s, hit.id());
        };
    }

    private static Hit find(List<Hit> hits, double x, double y) {
        for (int i = hits.size() - 1; i >= 0; i--) { // the last drawn is on top
            if (hits.get(i).contains(x, y)) {
                return hits.get(i);
            }
        }
        return null;
    }

    /** The hit boxes of the last frame on the stage canvas (for tests). */
    List<Hit> stageHits() {
        return List.copyOf(stageHits);
    }

    /** The hit boxes of the last frame on the code canvas (for tests). */
    List<Hit> codeHits() {
        return List.copyOf(codeHits);
    }

    /** Where goroutine {@code g} is: the followed one at its latest event's line, the others as the state says. */
    private int lineOf(long g) {
        return g == focusG && focusLine > 0 ? focusLine : projected.at(playheadNanos).line(g);
    }

    /** The inspection of goroutine {@code g} at the playhead (the followed one at its latest event's line). */
    Inspection inspectGoroutine(long g) {
        GoState s = projected.at(playheadNanos);
        return inspector.goroutine(s, g, lineOf(g));
    }

    /** The state at the playhead (for tests). */
    GoState state() {
        return projected.at(playheadNanos);
    }

    GoPalette palette() {
        return palette;
    }

    /** The view's text and chips, to record what the next frames draw (for tests). */
    Ink ink() {
        return ink;
    }

    /** The chips in flight in the last frame as {x, y, w, h} (for tests). */
    List<double[]> flightBoxes() {
        return scheduler.flightBoxes();
    }

    CodePainter codePainter() {
        return codePainter;
    }

    /** The goroutine the view follows (its line is highlighted), after the last render. */
    long focusGoroutine() {
        return focusG;
    }

    int focusLine() {
        return focusLine;
    }

    ResizableCanvas stagePane() {
        return stage;
    }

    ResizableCanvas codePane() {
        return code;
    }

    String label(String key, Object... args) {
        return text.get(key, args);
    }
}
