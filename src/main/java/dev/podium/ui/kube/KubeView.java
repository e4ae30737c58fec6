package dev.podium.ui.kube;

import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.Timeline;
import dev.podium.ui.common.CjkFont;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.common.ScrollStop;
import dev.podium.ui.common.ViewText;
import dev.podium.ui.kube.flow.FlowPane;
import dev.podium.ui.kube.traffic.TrafficInspection;
import dev.podium.ui.kube.traffic.TrafficPane;
import dev.podium.ui.world.Inspection;
import dev.podium.ui.world.WorldView;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.WorkqueueView;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The Kubernetes world on stage, in five tabs the teacher switches with the buttons or the keys 1 to 5 (when the
 * view has focus): the cluster (nodes, pods, the scheduler queue, workloads), a controller's reconcile loop,
 * kubectl-style events, traffic (shown first when the scenario has traffic) and the API clients (token buckets, API
 * Priority and Fairness, the Lease; shown first when the scenario has them). The last two tabs appear only in a run
 * that has something for them ({@link OptionalTabs}). A lesson opens on its traffic or API tab once; a reload or a
 * fork of the same lesson keeps the tab the teacher is on, and so does any tab picked by hand, until
 * {@link #newLesson}. {@link #pick} answers for the
 * cluster tab (pods, nodes, workloads), the reconcile tab (the workqueue) and the traffic tab (Services, endpoints).
 *
 * <p>State at the playhead comes from two {@link ProjectedState}s made in {@link #bind}: the world's {@link KubeState},
 * and the pods' placement and status start times in a {@link ClusterModel}. Both keep checkpoints, so a backward seek
 * restores one and folds at most one checkpoint interval of events. Only the visible tab is drawn. FX thread only;
 * times are simulated nanoseconds.
 */
public final class KubeView implements WorldView {
    /** Id of the view's root node. */
    public static final String ID = "kube-view";
    static final String[] TAB_IDS = {"kube-tab-cluster", "kube-tab-reconcile", "kube-tab-events",
        "kube-tab-traffic", "kube-tab-api"};

    private final VBox root = new VBox();
    private final StackPane body = new StackPane();
    private final ToggleButton[] buttons = new ToggleButton[TAB_IDS.length];
    private final ClusterPane cluster = new ClusterPane();
    private final ReconcilePane reconcile = new ReconcilePane(this::redraw);
    private final EventsPane events = new EventsPane();
    private final TrafficPane traffic = new TrafficPane();
    private final FlowPane flow = new FlowPane();
    /** The API tab scrolls when its stacked boxes and log are taller than the stage (a small window). */
    private final ScrollPane flowScroll = new ScrollPane(flow);
    private final Node[] panes = {cluster, reconcile, events, traffic, flowScroll};
    private final KubePalette palette;
    private final ViewText text = new ViewText("dev.podium.ui.kube.view");
    private final KubeInspector inspector = new KubeInspector();
    private Timeline timeline;
    private ProjectedState<KubeState> projected;
    private ProjectedState<ClusterModel> placement;
    /**
     * Events between checkpoints of the placement model. Wider than the default: after each checkpoint the first
     * write to every shared column chunk clones it, which on a busy cluster costs frames while playing; a backward
     * seek refolds at most this many events (a few milliseconds).
     */
    static final int PLACEMENT_CHECKPOINT_INTERVAL = 16_384;
    /** Events folded into the placement last drawn: picks hit-test the picture on screen. */
    private int drawnCount;
    private long playheadNanos;
    private int tab;
    private final OptionalTabs optional = new OptionalTabs();
    private boolean trafficShown;
    private boolean flowShown;
    /** The teacher picked a tab since the lesson came on stage: no tab is brought forward for them. */
    private boolean handPicked;
    /** The first frame of a bound run has set the optional buttons. */
    private boolean optionalRead;
    private String family;
    private Color paintedBg;

    public KubeView() {
        root.setId(ID);
        root.getStyleClass().add(ID);
        root.setFocusTraversable(true);
        root.getStyleClass().add(PodiumStyles.FOCUSABLE_STAGE);
        HBox bar = new HBox(8);
        bar.setPadding(new Insets(8, 12, 4, 12));
        for (int i = 0; i < TAB_IDS.length; i++) {
            int index = i;
            buttons[i] = new ToggleButton();
            buttons[i].setId(TAB_IDS[i]);
            buttons[i].setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
            buttons[i].setOnAction(e -> pick(index));
            bar.getChildren().add(buttons[i]);
        }
        body.getChildren().addAll(panes);
        root.getChildren().addAll(bar, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        palette = new KubePalette(root);
        cluster.setOnResize(this::redraw);
        traffic.setOnResize(this::redraw);
        flow.setOnResize(this::redraw);
        flowScroll.setId(FlowPane.ID + "-scroll");
        flowScroll.setFitToWidth(true);
        flowScroll.setFitToHeight(true);
        ScrollStop.whileOverflowing(flowScroll); // a Tab stop while it has something to scroll
        flowScroll.getStyleClass().addAll("edge-to-edge", "stage-scroll");
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        root.setOnMousePressed(e -> root.requestFocus());
        showTab(0);
        showOptionalButtons();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void bind(Timeline newTimeline) {
        timeline = newTimeline;
        projected = newTimeline == null ? null : new ProjectedState<>(newTimeline, new KubeProjection());
        placement = newTimeline == null ? null
                : new ProjectedState<>(newTimeline, new ClusterProjection(), PLACEMENT_CHECKPOINT_INTERVAL);
        drawnCount = 0;
        // the buttons stay as they are until the first frame has read the new run: a reload keeps its tab
        optional.bind(newTimeline);
        optionalRead = false;
    }

    /** Another lesson: back to the cluster tab, and its traffic or API tab may come forward once. */
    @Override
    public void newLesson() {
        trafficShown = false;
        flowShown = false;
        handPicked = false;
        select(0); // not drawn: the old run is still bound
    }

    /** Shows tab 0 (cluster), 1 (reconcile), 2 (events), 3 (traffic) or 4 (API clients). */
    public void showTab(int index) {
        select(index);
        redraw();
    }

    private void select(int index) {
        tab = Math.max(0, Math.min(TAB_IDS.length - 1, index));
        for (int i = 0; i < TAB_IDS.length; i++) {
            panes[i].setVisible(i == tab);
            buttons[i].setSelected(i == tab);
        }
    }

    /** The tab shown: 0 cluster, 1 reconcile, 2 events, 3 traffic, 4 API clients. */
    public int tab() {
        return tab;
    }

    @Override
    public void render(long nowNanos) {
        playheadNanos = nowNanos;
        palette.refreshIfNeeded();
        if (text.refresh() || family == null) {
            family = text.chinese() ? CjkFont.family().orElse(null) : null;
            buttons[0].setText(text.get("tab.cluster"));
            buttons[1].setText(text.get("tab.reconcile"));
            buttons[2].setText(text.get("tab.events"));
            buttons[3].setText(text.get("tab.traffic"));
            buttons[4].setText(text.get("tab.api"));
        }
        if (!palette.stageBg().equals(paintedBg)) {
            paintedBg = palette.stageBg();
            root.setBackground(new Background(new BackgroundFill(paintedBg, null, null)));
        }
        if (projected == null) {
            return;
        }
        int count = timeline.countAtOrBefore(nowNanos);
        drawnCount = count;
        ClusterModel model = placement.afterEvents(count);
        KubeState s = projected.afterEvents(count);
        if (optional.update() || !optionalRead) {
            optionalRead = true;
            showOptionalButtons();
        }
        if (!trafficShown && s.traffic().started()) {
            trafficShown = true; // a scenario with traffic opens on the traffic tab, once per lesson
            if (!handPicked) {
                showTab(3);
                return;
            }
        }
        if (!flowShown && (s.flow().hasClients() || s.flow().hasElection())) {
            flowShown = true; // a client-side scenario opens on the API tab, once per lesson
            if (!handPicked) {
                showTab(4);
                return;
            }
        }
        if (tab == 4) {
            flow.render(s, nowNanos, text, family);
        } else if (tab == 3) {
            traffic.render(s, nowNanos, text, family);
        } else if (tab == 0) {
            cluster.render(model, s, nowNanos, palette, text, family);
        } else if (tab == 1) {
            reconcile.render(timeline, count, s, model, nowNanos, palette, text, family);
        } else {
            events.render(s, nowNanos, text);
        }
    }

    @Override
    public Inspection pick(double x, double y) {
        if (projected == null) {
            return null;
        }
        KubeState s = projected.at(playheadNanos);
        if (tab == 0) {
            Point2D p = cluster.sceneToLocal(root.localToScene(x, y));
            if (p == null) {
                return null;
            }
            Hit hit = cluster.pick(placement.afterEvents(drawnCount), p.getX(), p.getY());
            return inspector.inspect(hit, s, playheadNanos);
        }
        if (tab == 3) {
            Point2D p = traffic.sceneToLocal(root.localToScene(x, y));
            String key = p == null ? null : traffic.pick(p.getX(), p.getY());
            return key == null ? null : TrafficInspection.of(s, key);
        }
        if (tab == 1) {
            WorkqueueView q = s.workqueues().get(reconcile.controller());
            return q == null ? null : WorkqueueInspection.of(q, playheadNanos);
        }
        return null;
    }

    /** Whether tab {@code index}'s button is on the bar (the traffic and API tabs only in runs that have them). */
    boolean offers(int index) {
        return buttons[index].isVisible();
    }

    /** The traffic and API buttons for a run that has them; off their tab if it went. */
    private void showOptionalButtons() {
        setOffered(3, optional.traffic());
        setOffered(4, optional.api());
        if (!offers(tab)) {
            showTab(0);
        }
    }

    private void setOffered(int index, boolean offered) {
        buttons[index].setVisible(offered);
        buttons[index].setManaged(offered);
    }

    /** The teacher's choice of a tab (a button or a key); a tab the run does not offer is not shown. */
    private void pick(int index) {
        if (offers(index)) {
            handPicked = true;
            showTab(index);
        } else {
            buttons[tab].setSelected(true); // a toggle button clicked off stays on
        }
    }

    /** The cluster tab (for tests and the benchmark). */
    ClusterPane clusterPane() {
        return cluster;
    }

    ReconcilePane reconcilePane() {
        return reconcile;
    }

    EventsPane eventsPane() {
        return events;
    }

    /** The placement last drawn (for tests); read it, never change it. */
    ClusterModel model() {
        return placement == null ? new ClusterModel() : placement.afterEvents(drawnCount);
    }

    /** The placement states of the bound timeline (for tests), or null before one is bound. */
    ProjectedState<ClusterModel> placement() {
        return placement;
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case DIGIT1:
            case NUMPAD1:
                pick(0);
                break;
            case DIGIT2:
            case NUMPAD2:
                pick(1);
                break;
            case DIGIT3:
            case NUMPAD3:
                pick(2);
                break;
            case DIGIT4:
            case NUMPAD4:
                pick(3);
                break;
            case DIGIT5:
            case NUMPAD5:
                pick(4);
                break;
            default:
                return;
        }
        e.consume();
    }

    private void redraw() {
        if (palette != null) {
            render(playheadNanos);
        }
    }
}
