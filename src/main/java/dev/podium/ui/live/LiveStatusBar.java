package dev.podium.ui.live;

import dev.podium.live.informer.InformerState;
import dev.podium.live.informer.InformerStatus;
import dev.podium.live.informer.LiveStatus;
import dev.podium.ui.common.I18n;
import dev.podium.ui.playback.Playback;
import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The live bar above the stage while a cluster is shown: LIVE (or how far behind, with "Go live"), the context
 * and namespace, read-only or "changes allowed", a TLS warning when verification is off, one chip per informer
 * with its health (watching, relisting, disconnected…, items, age of its last event) and notes (RBAC fallback,
 * backlog). Polls the session twice a second; hidden for simulations and recordings. FX thread only.
 */
public final class LiveStatusBar extends VBox {
    private final LiveHost window;
    private final I18n i18n;
    private final LiveHealthText text;
    private final Label edge = new Label();
    private final Button goLive = new Button();
    private final Label context = new Label();
    private final Label access = new Label();
    private final FontIcon lockIcon = new FontIcon(MaterialDesignL.LOCK);
    private final Label insecure = new Label();
    private final FlowPane chips = new FlowPane(8, 6);
    private final Label notes = new Label();
    private final Timeline poll = new Timeline(new KeyFrame(Duration.millis(500), e -> refresh()));

    public LiveStatusBar(LiveHost window) {
        this.window = window;
        this.i18n = window.i18n();
        this.text = new LiveHealthText(i18n);
        setId("live-bar");
        getStyleClass().add("live-bar");
        createView();
        poll.setCycleCount(Timeline.INDEFINITE);
        window.playbackProperty().addListener((obs, old, now) -> {
            boolean live = now instanceof LivePlayback;
            setVisible(live);
            setManaged(live);
            if (live) {
                poll.play();
            } else {
                poll.stop();
            }
            refresh();
        });
        window.atLiveEdgeProperty().addListener((obs, old, now) -> refresh());
        i18n.localeProperty().addListener((obs, old, now) -> refresh());
        setVisible(false);
        setManaged(false);
    }

    private void createView() {
        edge.setId("live-edge");
        edge.getStyleClass().add("live-edge");
        goLive.setId("go-live");
        goLive.textProperty().bind(i18n.text("live.goLive"));
        goLive.setOnAction(e -> window.goLive());
        context.setId("live-context");
        context.getStyleClass().add("live-context");
        access.setId("live-access");
        access.getStyleClass().add("live-access");
        access.setGraphic(lockIcon);
        insecure.setId("live-insecure");
        insecure.getStyleClass().add("live-warning");
        insecure.setGraphic(new FontIcon(MaterialDesignA.ALERT));
        insecure.textProperty().bind(i18n.text("live.insecure"));
        chips.setId("live-chips");
        notes.setId("live-notes");
        notes.getStyleClass().add("live-warning");
        notes.setWrapText(true);
        HBox top = new HBox(12, edge, goLive, context, access, insecure);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, chips, notes);
        setSpacing(6);
    }

    /** Reads the session's status and updates the bar. */
    public void refresh() {
        Playback p = window.playbackProperty().get();
        if (!(p instanceof LivePlayback)) {
            return;
        }
        LivePlayback live = (LivePlayback) p;
        boolean connected = !live.isDisconnected();
        boolean atEdge = window.atLiveEdgeProperty().get();
        edge.setText(!connected ? i18n.get("live.disconnected") : atEdge ? i18n.get("live.live")
                : i18n.get("live.behind"));
        edge.pseudoClassStateChanged(PseudoClass.getPseudoClass("at-edge"), connected && atEdge);
        goLive.setVisible(connected && !atEdge);
        goLive.setManaged(goLive.isVisible());
        context.setText(i18n.get("live.context", live.contextName(),
                live.namespace() == null ? i18n.get("live.allNamespaces") : live.namespace()));
        boolean allowed = live.connection().guard().changesAllowed();
        access.setText(i18n.get(allowed ? "live.changesAllowed" : "live.readOnly"));
        lockIcon.setIconCode(allowed ? MaterialDesignA.ALERT_OUTLINE : MaterialDesignL.LOCK);
        access.pseudoClassStateChanged(PseudoClass.getPseudoClass("allowed"), allowed);
        insecure.setVisible(live.connection().insecure());
        insecure.setManaged(insecure.isVisible());
        LiveStatus status = live.status();
        // Chips are kept and updated in place: new nodes twice a second would each need a CSS pass.
        List<InformerStatus> informers = status.informers();
        while (chips.getChildren().size() > informers.size()) {
            chips.getChildren().remove(chips.getChildren().size() - 1);
        }
        while (chips.getChildren().size() < informers.size()) {
            Label chip = new Label();
            chip.getStyleClass().add("live-chip");
            chip.setTooltip(new Tooltip());
            chips.getChildren().add(chip);
        }
        for (int i = 0; i < informers.size(); i++) {
            InformerStatus s = informers.get(i);
            Label chip = (Label) chips.getChildren().get(i);
            chip.setText(text.chip(s));
            for (InformerState state : InformerState.values()) {
                chip.pseudoClassStateChanged(PseudoClass.getPseudoClass(state.name().toLowerCase(Locale.ROOT)),
                        state == s.state());
            }
            chip.getTooltip().setText(text.detail(s));
        }
        String joined = String.join("\n", text.notes(status));
        notes.setText(joined);
        notes.setVisible(!joined.isEmpty());
        notes.setManaged(notes.isVisible());
    }
}
