package dev.podium.ui.export;

import dev.podium.export.CaptionTrack;
import dev.podium.export.Frame;
import dev.podium.ui.common.CjkFont;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.common.Theme;
import dev.podium.ui.playback.Playback;
import dev.podium.ui.world.WorldUi;
import dev.podium.ui.world.WorldView;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Transform;

/**
 * The stage of a playback drawn off screen: its own world views (one per world, as on the window's stage, one above
 * the other), in a scene of a fixed size with the window's sheets and theme, and the lesson's current narration cue
 * as a large caption along the bottom. {@link #frameAt} fills the timeline up to the time, renders the views there
 * and snapshots the scene, scaled by {@code scale} (2 gives a picture twice as wide and tall, for a slide). The
 * window's own views are not touched. FX thread only.
 */
public final class StageRenderer {
    private static final String SHEET = "/dev/podium/ui/export/export.css";

    private final Playback playback;
    private final List<WorldView> views = new ArrayList<>();
    private final StackPane root = new StackPane();
    private final Label caption = new Label();
    private final CaptionTrack captions;
    private final double scale;
    private final int width;
    private final int height;

    /**
     * A renderer of {@code playback} at {@code width × height} scene pixels. {@code languageTag} picks the captions'
     * language ({@code en}, {@code zh-CN}); null leaves captions out. The views speak the JVM's display language.
     */
    public StageRenderer(Playback playback, int width, int height, double scale, Theme.Kind theme,
                         String languageTag) {
        if (width < 2 || height < 2 || !(scale > 0)) {
            throw new IllegalArgumentException("a stage of " + width + "x" + height + " at scale " + scale);
        }
        this.playback = Objects.requireNonNull(playback);
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.captions = languageTag == null ? null : new CaptionTrack(playback.timeline(), languageTag);
        VBox worlds = new VBox();
        Map<String, WorldUi> uis = new LinkedHashMap<>();
        ServiceLoader.load(WorldUi.class, StageRenderer.class.getClassLoader()).forEach(u -> uis.put(u.world(), u));
        for (String world : playback.worlds()) {
            WorldUi ui = uis.get(world);
            if (ui != null) {
                WorldView view = ui.newView();
                view.bind(playback.timeline());
                views.add(view);
                Node node = view.node();
                VBox.setVgrow(node, Priority.ALWAYS);
                worlds.getChildren().add(node);
            }
        }
        caption.getStyleClass().add("export-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(width * 0.9);
        caption.setVisible(false);
        StackPane.setAlignment(caption, Pos.BOTTOM_CENTER);
        root.getStyleClass().addAll(PodiumStyles.SHELL, PodiumStyles.STAGE);
        if (Locale.getDefault(Locale.Category.DISPLAY).getLanguage().equals("zh")) {
            root.getStyleClass().add(PodiumStyles.LANG_ZH);
        }
        root.getChildren().addAll(worlds, caption);
        root.setPrefSize(width, height);
        root.setMinSize(width, height);
        root.setMaxSize(width, height);
        Scene scene = new Scene(root, width, height);
        Theme look = new Theme();
        look.setKind(theme);
        look.attach(scene);
        for (WorldUi ui : uis.values()) {
            URL sheet = ui.stylesheet() == null ? null : ui.getClass().getResource(ui.stylesheet());
            if (sheet != null) {
                scene.getStylesheets().add(sheet.toExternalForm());
            }
        }
        CjkFont.stylesheet().ifPresent(scene.getStylesheets()::add);
        scene.getStylesheets().add(Objects.requireNonNull(StageRenderer.class.getResource(SHEET)).toExternalForm());
    }

    /** The size of the frames this renderer makes, in pixels. */
    public int frameWidth() {
        return (int) Math.round(width * scale);
    }

    public int frameHeight() {
        return (int) Math.round(height * scale);
    }

    /** The stage at {@code simNanos}, computing the run up to there first. */
    public Frame frameAt(long simNanos) {
        long t = Math.min(simNanos, playback.durationNanos());
        while (playback.computedNanos() < t && !playback.isComplete()) {
            if (playback.advanceTo(t, 1_000_000) == 0 && playback.computedNanos() < t) {
                break; // a source that cannot go further (a recording's end)
            }
        }
        String text = captions == null ? null : captions.at(t);
        caption.setText(text == null ? "" : text);
        caption.setVisible(text != null && !text.isBlank());
        root.applyCss();
        root.layout();
        for (WorldView view : views) {
            view.render(t);
        }
        SnapshotParameters parameters = new SnapshotParameters();
        if (scale != 1) {
            parameters.setTransform(Transform.scale(scale, scale));
        }
        WritableImage image = root.snapshot(parameters, null);
        int w = Math.min(frameWidth(), (int) image.getWidth());
        int h = Math.min(frameHeight(), (int) image.getHeight());
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new Frame(w, h, argb);
    }
}
