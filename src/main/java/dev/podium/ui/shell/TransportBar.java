package dev.podium.ui.shell;

import atlantafx.base.theme.Styles;
import dev.podium.timeline.Asked;
import dev.podium.timeline.Narrated;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.common.Scrubber;
import dev.podium.ui.common.SimTimeFormat;
import dev.podium.ui.common.SpeedLadder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The transport bar: restart, step back, play/pause, step forward, speed, the scrubber over the whole
 * run and the simulated time. Every control only calls {@link PlayerModel}; none takes focus, so the
 * shell's keys (Space, arrows) always reach the shell.
 */
public final class TransportBar extends HBox {
    private final PlayerModel model;
    private final I18n i18n;
    private final Scrubber scrubber = new Scrubber();
    private final FontIcon playIcon = new FontIcon(MaterialDesignP.PLAY);

    public TransportBar(PlayerModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        createView();
    }

    private void createView() {
        getStyleClass().add(PodiumStyles.TRANSPORT);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        Button restart = iconButton("restart", MaterialDesignR.RESTORE, "tooltip.restart", model::restart);
        Button back = iconButton("step-back", MaterialDesignS.SKIP_PREVIOUS, "tooltip.stepBack", model::stepBack);
        Button play = iconButton("play", MaterialDesignP.PLAY, "tooltip.play", model::togglePlay);
        play.setGraphic(playIcon);
        play.getStyleClass().add(Styles.ACCENT);
        Button forward = iconButton("step-forward", MaterialDesignS.SKIP_NEXT, "tooltip.stepForward",
                model::stepForward);
        model.playingProperty().addListener((obs, was, now) -> {
            playIcon.setIconCode(now ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY);
            play.pseudoClassStateChanged(PodiumStyles.PLAYING, now);
        });

        Button slower = iconButton("speed-down", MaterialDesignM.MINUS, "tooltip.slower", model::speedDown);
        Label speed = new Label();
        speed.setId("speed-label");
        speed.getStyleClass().add(PodiumStyles.SPEED_LABEL);
        speed.textProperty().bind(Bindings.createStringBinding(
                () -> SpeedLadder.label(SpeedLadder.speedAt(model.speedIndexProperty().get())),
                model.speedIndexProperty()));
        neverClipped(speed, 4.5);
        Button faster = iconButton("speed-up", MaterialDesignP.PLUS, "tooltip.faster", model::speedUp);

        scrubber.setId("scrubber");
        scrubber.durationProperty().bind(model.durationProperty());
        scrubber.computedProperty().bind(model.computedProperty());
        scrubber.valueProperty().bind(model.playheadProperty());
        scrubber.setOnSeek(model::seek);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.setMaxWidth(Double.MAX_VALUE);

        Label time = new Label();
        time.setId("time-label");
        time.getStyleClass().add(PodiumStyles.TIME_LABEL);
        time.textProperty().bind(Bindings.createStringBinding(
                () -> SimTimeFormat.format(model.playheadNanos(), model.durationProperty().get()) + " / "
                        + SimTimeFormat.format(model.durationProperty().get(), model.durationProperty().get()),
                model.playheadProperty(), model.durationProperty()));

        neverClipped(time, 13);

        Label computing = new Label();
        computing.setId("computing-label");
        computing.getStyleClass().add(PodiumStyles.COMPUTING_LABEL);
        computing.textProperty().bind(i18n.text("transport.computing"));
        computing.visibleProperty().bind(model.computingProperty());
        computing.managedProperty().bind(computing.visibleProperty());

        getChildren().addAll(restart, back, play, forward, slower, speed, faster, scrubber, computing, time);
    }

    private Button iconButton(String id, Ikon icon, String tooltipKey, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.text(tooltipKey));
        button.setTooltip(tooltip);
        button.setOnAction(e -> action.run());
        return button;
    }

    /**
     * Draws {@code cues} as chapter ticks on the scrubber, each with its time and text (in the current language)
     * on hover; again when the playback or the language changes.
     */
    void showCues(Supplier<List<WorldEvent>> cues) {
        Runnable update = () -> {
            long scale = model.durationProperty().get();
            String tag = i18n.languageTag();
            List<Scrubber.Mark> marks = new ArrayList<>();
            for (WorldEvent cue : cues.get()) {
                String text = cue instanceof Asked asked ? asked.questionIn(tag)
                        : cue instanceof Narrated narrated ? narrated.textIn(tag) : "";
                marks.add(new Scrubber.Mark(cue.timeNanos(),
                        i18n.get("tooltip.cue", SimTimeFormat.format(cue.timeNanos(), scale), text)));
            }
            scrubber.getMarks().setAll(marks);
        };
        model.playbackProperty().addListener((obs, old, now) -> update.run());
        // A live cluster's end moves every frame and it has no lesson cues: no rescans of its timeline.
        model.durationProperty().addListener((obs, old, now) -> {
            if (!model.liveProperty().get()) {
                update.run();
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> update.run());
        update.run();
    }

    public Scrubber scrubber() {
        return scrubber;
    }

    /**
     * Keeps {@code label} as wide as its words (and at least {@code ems} of its font, so it does not jitter), so a
     * tight bar (presenter mode's larger type) narrows the scrubber instead of cutting "6 min 00 s" to "6 min ...".
     */
    private static void neverClipped(Label label, double ems) {
        label.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            Text words = new Text(label.getText());
            words.setFont(label.getFont());
            double needed = Math.ceil(words.getLayoutBounds().getWidth()) + label.snappedLeftInset()
                    + label.snappedRightInset() + 1;
            return Math.max(needed, ems * label.getFont().getSize());
        }, label.textProperty(), label.fontProperty(), label.paddingProperty()));
    }
}
