package dev.podium.ui.queue;

import dev.podium.ui.common.ViewText;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The strip of big numbers above the stage, sized for a projector: each tile is a large value over a
 * small caption. Values are looked up in tests by id ({@code #queue-stat-waiting} …). Text is set
 * only when it changed, so an unchanged frame costs no layout. Tiles never truncate: on a narrow stage
 * they wrap to a second row. FX thread only.
 */
final class StatsHeader extends FlowPane {
    static final String STYLE_CLASS = "queue-stats";
    static final String TILE_STYLE_CLASS = "queue-stat";

    /** One tile: a value and its caption. */
    static final class Tile extends VBox {
        final Label value = new Label("–");
        final Label caption = new Label();

        Tile(String id) {
            super(0);
            getChildren().addAll(value, caption);
            getStyleClass().add(TILE_STYLE_CLASS);
            value.setId("queue-stat-" + id);
            caption.setId("queue-stat-" + id + "-caption");
            // Inline styles: they outrank any sheet, so the projector sizes hold in every theme.
            value.setStyle("-fx-font-size: 34px; -fx-font-weight: bold;");
            caption.setStyle("-fx-font-size: 15px;");
            setAlignment(Pos.CENTER_LEFT);
            setMinWidth(USE_PREF_SIZE);
        }

        void set(String text) {
            if (!text.equals(value.getText())) {
                value.setText(text);
            }
        }

        void caption(String text) {
            if (!text.equals(caption.getText())) {
                caption.setText(text);
            }
        }

        void colours(Color valueColour, Color captionColour) {
            if (!valueColour.equals(value.getTextFill())) {
                value.setTextFill(valueColour);
            }
            if (!captionColour.equals(caption.getTextFill())) {
                caption.setTextFill(captionColour);
            }
        }
    }

    final Tile waiting = new Tile("waiting");
    final Tile inService = new Tile("in-service");
    final Tile served = new Tile("served");
    final Tile rejected = new Tile("rejected");
    final Tile meanWait = new Tile("mean-wait");
    final Tile rho = new Tile("rho");
    final Tile lambda = new Tile("lambda");
    final Tile mu = new Tile("mu");

    StatsHeader() {
        super(28, 4);
        getStyleClass().add(STYLE_CLASS);
        setPadding(new Insets(10, 18, 8, 18));
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(waiting, inService, served, rejected, meanWait, rho, lambda, mu);
        showRejected(false);
    }

    /** The "turned away" tile only appears for queues with a limited waiting room. */
    void showRejected(boolean show) {
        if (rejected.isVisible() != show) {
            rejected.setVisible(show);
            rejected.setManaged(show);
        }
    }

    void captions(ViewText text, String rateUnit) {
        waiting.caption(text.get("stat.waiting"));
        inService.caption(text.get("stat.inService"));
        served.caption(text.get("stat.served"));
        rejected.caption(text.get("stat.rejected"));
        meanWait.caption(text.get("stat.meanWait"));
        rho.caption(text.get("stat.rho"));
        lambda.caption(text.get("stat.lambda", rateUnit));
        mu.caption(text.get("stat.mu", rateUnit));
    }

    void colours(QueuePalette p) {
        waiting.colours(p.waiting, p.textMuted());
        inService.colours(p.serving, p.textMuted());
        served.colours(p.departed, p.textMuted());
        rejected.colours(p.rejected, p.textMuted());
        meanWait.colours(p.text(), p.textMuted());
        rho.colours(p.text(), p.textMuted());
        lambda.colours(p.text(), p.textMuted());
        mu.colours(p.text(), p.textMuted());
    }
}
