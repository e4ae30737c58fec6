package dev.podium.ui.shell;

import dev.podium.live.kubeconfig.KubeconfigFiles;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.TimedAction;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldRegistry;
import dev.podium.ui.common.CjkFont;
import dev.podium.ui.common.Dialogs;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.common.Theme;
import dev.podium.ui.live.ConnectDialog;
import dev.podium.ui.live.LiveCommands;
import dev.podium.ui.live.LiveHost;
import dev.podium.ui.playback.Playback;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The main window: gallery on the left, the world's stage in the centre, narration and inspector on
 * the right, the transport bar at the bottom. It opens scenarios (a failure shows the problems and
 * keeps the current run), forks the run on user actions, and wires language, theme, presenter mode
 * and keys. FX thread only.
 */
public final class MainWindow implements LiveHost {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    private final ScenarioSource source;
    private final RecentFiles recent;
    private final boolean timerDriven;
    private final I18n i18n = new I18n();
    private final Theme theme = new Theme();
    private final PlayerModel model;
    private final Player player;
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    /** The title of a playback that is not a scenario (a recording, a live cluster); empty otherwise. */
    private final StringProperty playbackTitle = new SimpleStringProperty(this, "playbackTitle", "");
    private final BooleanProperty galleryShown = new SimpleBooleanProperty(this, "galleryShown", true);
    private final BooleanProperty presenterActive = new SimpleBooleanProperty(this, "presenterActive");
    private final Scenario defaultScenario;
    private Stage stage;
    private BorderPane root;
    private Dialogs dialogs;
    private StageArea stageArea;
    /** The lesson on stage, as {@link #lessonOnStage} names it. */
    private String lessonKey;
    private GalleryPane gallery;
    private final WorldViews views;
    private final WorldRegistry registry;
    private final ContinueAsSimulation continuation;
    private ScenarioFiles files;
    private final ActionForks forks = new ActionForks(this);
    private final PresenterControls presenterControls;
    private AudienceWindow audience;
    private ActionsMenu actionsMenu;
    private RecordingFiles recordings;
    private LiveCommands live;
    private WarningsBar warningsBar;
    private ProblemsPanel problemsPanel;
    private LessonReload lessons;
    private NewLesson newLesson;

    /**
     * {@code timerDriven} false leaves the animation timer off and computes forks on the FX thread: tests drive
     * {@link Player#frame} themselves, so nothing depends on wall time, and a fork is on show when
     * {@link #forkWith} returns. True (the app) computes forks on a worker thread.
     */
    public MainWindow(ScenarioSource source, WorldViews views, RecentFiles recent, boolean timerDriven) {
        this(source, views, recent, timerDriven, WorldRegistry.standard());
    }

    /** A window for the worlds of {@code registry} (and the views of {@code views}). */
    public MainWindow(ScenarioSource source, WorldViews views, RecentFiles recent, boolean timerDriven,
                      WorldRegistry registry) {
        this.registry = registry;
        this.source = source;
        this.recent = recent;
        this.timerDriven = timerDriven;
        this.defaultScenario = source.defaultBuiltIn(); // the rest of the gallery loads after the first frame
        this.views = views;
        this.model = timerDriven ? new PlayerModel(forkWorker(), Platform::runLater) : new PlayerModel();
        this.player = new Player(model, new NarrationModel(), views);
        this.presenterControls = new PresenterControls(model);
        presenterActive.addListener((obs, was, now) -> presenterControls.captionsProperty().set(now));
        this.continuation = new ContinueAsSimulation(this, registry);
        if (timerDriven) {
            continuation.executors(forkWorker(), Platform::runLater);
        }
    }

    /** The one daemon thread that computes forks, so acting on a long run never freezes the window. */
    private static Executor forkWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "podium-fork");
            t.setDaemon(true);
            return t;
        });
    }

    /** Builds the window on {@code target}, opens the default scenario and shows it. */
    public void show(Stage target) {
        this.stage = target;
        root = new BorderPane();
        root.setId("root");
        root.getStyleClass().add(PodiumStyles.SHELL);
        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        theme.attach(scene);
        WindowLayout.attachWorldSheets(scene, views);
        CjkFont.stylesheet().ifPresent(scene.getStylesheets()::add);
        dialogs = new Dialogs(stage, i18n, theme);
        PresenterMode presenter = new PresenterMode(stage, root);
        presenter.activeProperty().bindBidirectional(presenterActive);
        actionsMenu = new ActionsMenu(this, registry);
        recordings = new RecordingFiles(this);
        problemsPanel = new ProblemsPanel(i18n);
        lessons = new LessonReload(this, source, registry, problemsPanel, Platform::runLater);
        files = new ScenarioFiles(this, source, recent, recordings, registry, lessons);
        newLesson = new NewLesson(this, registry, recent);
        live = new LiveCommands(this);
        createView();
        initListeners();
        ShellKeys.install(scene, new WindowKeys(model, presenterActive, presenterControls, stageArea.zoom()::reset));

        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        StringBinding shown = scenarioTitle();
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> shown.get().isEmpty() ? i18n.get("app.title") : i18n.get("app.title") + " — " + shown.get(),
                shown, i18n.localeProperty()));
        if (defaultScenario != null) {
            openScenario(defaultScenario);
        }
        stage.show();
        GalleryLoader.fill(gallery, source, defaultScenario, timerDriven, () -> ViewClassWarmer.warm(views.all()),
                live::starting);
        if (timerDriven) {
            player.start();
        }
    }

    private void createView() {
        WindowLayout layout = new WindowLayout(this, stage, defaultScenario);
        stageArea = layout.stageArea;
        audience = layout.audience;
        gallery = layout.gallery;
        warningsBar = layout.warningsBar;
        layout.placeIn(root, this, continuation, scenarioTitle());
    }

    private void initListeners() {
        stageArea.setOnWorldShown(player::invalidate);
        scenario.addListener((obs, old, now) -> lessonOnStage());
        playbackTitle.addListener((obs, old, now) -> lessonOnStage());
        player.worldsProperty().addListener((obs, old, entries) -> {
            List<String> missing = model.playback() == null ? List.of() : model.playback().worlds().stream()
                    .filter(w -> entries.stream().noneMatch(e -> e.world().equals(w))).toList();
            stageArea.show(entries, missing);
        });
        player.addAfterRender(stageArea::repick);
        i18n.localeProperty().addListener((obs, old, now) -> {
            player.setLocale(now);
            WindowLayout.applyLanguageFont(root, i18n);
        });
        WindowLayout.applyLanguageFont(root, i18n);
        theme.kindProperty().addListener((obs, old, now) -> {
            player.invalidate();
            Platform.runLater(player::refresh);
        });
        stageArea.widthProperty().addListener((obs, old, now) -> player.invalidate());
        stageArea.heightProperty().addListener((obs, old, now) -> player.invalidate());
    }

    /**
     * Tells the views and the stage when another lesson comes on (by its scenario's name, or the title of a recording
     * or cluster), before its run is bound; a reload or fork of the same lesson is not another.
     */
    private void lessonOnStage() {
        String key = scenario.get() != null ? "scenario:" + scenario.get().name() : "playback:" + playbackTitle.get();
        if (key.equals(lessonKey)) {
            return;
        }
        lessonKey = key;
        views.built().forEach(entry -> entry.view().newLesson());
        stageArea.lesson(key);
    }

    private StringBinding scenarioTitle() {
        return Bindings.createStringBinding(
                () -> scenario.get() == null ? playbackTitle.get() : scenario.get().title().get(i18n.languageTag()),
                scenario, playbackTitle, i18n.localeProperty());
    }

    // ---- opening scenarios ----

    /** Opens {@code next}; if it cannot run, shows its problems and keeps the current run. */
    public boolean openScenario(Scenario next) {
        stopWatchingLesson();
        ScenarioRun run;
        try {
            run = ScenarioRun.start(next, registry);
        } catch (ScenarioException e) {
            dialogs.showProblems("dialog.problems.title", next.sourceName(), e.problems());
            return false;
        }
        showRun(next, run, ScenarioLoader.warnings(next, registry));
        return true;
    }

    /** Shows {@code run} of {@code next} from time zero, with its warnings. */
    void showRun(Scenario next, ScenarioRun run, List<ScenarioProblem> warnings) {
        continuation.supersede();
        scenario.set(next);
        playbackTitle.set("");
        model.load(run);
        player.refresh();
        warningsBar.show(warnings);
    }

    /**
     * Shows a playback that is not a scenario (a recording, a live cluster) under {@code title}; the previous
     * playback is closed (a live one disconnects).
     */
    @Override
    public void showPlayback(Playback next, String title) {
        continuation.supersede();
        stopWatchingLesson();
        warningsBar.show(List.of());
        scenario.set(null);
        playbackTitle.set(title);
        model.load(next);
        player.refresh();
    }

    /** Opens a scenario, recording or log file; problems go to a dialog and the current run stays. */
    public boolean openFile(Path path) {
        return files.open(path);
    }

    /** File > Open…: a chooser for scenarios, recordings, GC logs and the files worlds open on their own (programs). */
    public void openWithChooser() {
        files.openWithChooser(stage);
    }

    /** File > New Lesson…: a world's commented template, saved where the teacher says, opened and watched. */
    public void askNewLesson() {
        newLesson.ask(stage);
    }

    /** File > New Lesson… without the dialogs. */
    NewLesson newLesson() {
        return newLesson;
    }

    /** File > Open Recording…: plays a recording (a live session taped earlier, or a simulation run). */
    public void openRecordingWithChooser() {
        recordings.openWithChooser(stage);
    }

    /** File > Save Recording…: writes what the live session has shown so far. */
    public void saveRecordingWithChooser() {
        recordings.saveWithChooser(stage);
    }

    /** File > Connect to Cluster…: the connect dialog, then the cluster live. */
    public void askConnect() {
        ConnectDialog.forUser(stage, i18n, theme).showAndWait().ifPresent(choice ->
                live.connect(choice.files(), choice.contextName(), choice.namespace(), choice.allowChanges()));
    }

    /** File > Continue as Simulation (see {@link ContinueAsSimulation}); false if nothing on show can. */
    public boolean forkIntoSimulator() {
        return continuation.start();
    }

    /** Tests: where "Continue as Simulation" computes and where it comes back. */
    void continueExecutors(Executor worker, Executor fx) {
        continuation.executors(worker, fx);
    }

    /** The world of the playback on show that can continue as a simulation, if it is not a simulation already. */
    Optional<World> forkableWorld() {
        return continuation.forkableWorld();
    }

    /**
     * Connects to {@code context} of {@code files} and shows the cluster live (in the background; a failure is an
     * error dialog and the current playback stays). {@code namespace} null watches all namespaces.
     */
    public void connect(KubeconfigFiles files, String context, String namespace, boolean allowChanges) {
        live.connect(files, context, namespace, allowChanges);
    }

    /**
     * Gets {@code worlds}' views ready a step a pulse, then runs {@code ready} (timer-driven windows only: in tests
     * {@code ready} runs at once and the views are built when shown).
     */
    @Override
    public void prepare(List<String> worlds, Runnable ready) {
        if (timerDriven && stage != null && stage.getScene() != null) {
            new WorldPrep(views, stage.getScene(), stageArea, worlds).start(ready);
        } else {
            ready.run();
        }
    }

    /** The live cluster commands (connect, disconnect, changes). */
    public LiveCommands live() {
        return live;
    }

    public void quit() {
        Playback current = model.playback();
        if (current != null) {
            current.close();
        }
        player.stop();
        stage.close();
        Platform.exit();
    }

    // ---- acting on the past ----

    /** Replaces the run with one where {@code action} happens; keeps the playhead. */
    public boolean forkWith(TimedAction action) {
        return forkWith(action, i18n.get("note.changed", action.verb()));
    }

    /**
     * Like {@link #forkWith(TimedAction)} and adds {@code note} to the narration. A bad action shows its problems
     * at once and the run stays. Otherwise the new run is computed in the background (the old one stays on show,
     * marked as computing) and swapped in at the playhead when done, with the note and a dialog for problems that
     * only showed when the action ran (a target that names nothing). Returns true if the fork was started; false
     * if refused (a bad action, not a simulation, or a fork still computing, which the narration says).
     */
    public boolean forkWith(TimedAction action, String note) {
        return forks.fork(action, note);
    }

    /** The Actions menu's items for the worlds' simulation actions. */
    ActionsMenu actionsMenu() {
        return actionsMenu;
    }

    /** The world views of this window. */
    WorldViews views() {
        return views;
    }

    /** True while the open scenario has {@code world}. */
    BooleanBinding hasWorldBinding(String world) {
        return Bindings.createBooleanBinding(
                () -> scenario.get() != null && scenario.get().worlds().contains(world), scenario);
    }

    // ---- accessors ----

    @Override
    public I18n i18n() {
        return i18n;
    }

    public Theme theme() {
        return theme;
    }

    private void stopWatchingLesson() {
        if (lessons != null) {
            lessons.stop();
        }
    }

    /** The watch on the open lesson file, which reloads it on save. */
    LessonReload lessons() {
        return lessons;
    }

    /** The problems of the open lesson file's last save, if it had any. */
    ProblemsPanel problemsPanel() {
        return problemsPanel;
    }

    public PlayerModel model() {
        return model;
    }

    public Player player() {
        return player;
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public BooleanProperty galleryShownProperty() {
        return galleryShown;
    }

    public BooleanProperty presenterActiveProperty() {
        return presenterActive;
    }

    /** Cues, questions, captions, blank screen and pointer. */
    PresenterControls presenterControls() {
        return presenterControls;
    }

    /** View > Audience window: the stage mirrored for a second screen. */
    AudienceWindow audience() {
        return audience;
    }

    /** The stage: the worlds' views and the presenter's layers. */
    StageArea stageArea() {
        return stageArea;
    }

    @Override
    public Dialogs dialogs() {
        return dialogs;
    }

    // ---- what the live pieces need (LiveHost) ----

    @Override
    public ReadOnlyObjectProperty<Playback> playbackProperty() {
        return model.playbackProperty();
    }

    @Override
    public ReadOnlyBooleanProperty atLiveEdgeProperty() {
        return model.atLiveEdgeProperty();
    }

    @Override
    public void goLive() {
        model.goLive();
    }

    @Override
    public long playheadNanos() {
        return model.playheadNanos();
    }

    @Override
    public void note(long atNanos, String text) {
        player.narration().note(atNanos, text);
    }
}
