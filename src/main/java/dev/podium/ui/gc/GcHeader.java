package dev.podium.ui.gc;

import dev.podium.ui.common.ViewText;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The strip of big numbers above the GC view's canvas, sized for a projector: each tile is a large value over a
 * small caption, looked up in tests by id ({@code #gc-stat-p99} …). Text changes only when it differs, so an
 * unchanged frame costs no layout; on a narrow stage the tiles wrap. FX thread only.
 */
final class GcHeader extends FlowPane {
    /** One tile: a value and its caption. */
    static final class Tile extends VBox {
        final Label value = new Label("–");
        final Label caption = new Label();

        Tile(String id) {
            super(0);
            getChildren().addAll(value, caption);
            value.setId("gc-stat-" + id);
            caption.setId("gc-stat-" + id + "-caption");
            // Inline styles outrank any sheet, so the projector sizes hold in every theme.
            value.setStyle(valueStyle(false));
            caption.setStyle("-fx-font-size: " + CAPTION + "px;");
            setAlignment(Pos.CENTER_LEFT);
            setMinWidth(USE_PREF_SIZE);
        }

        static String valueStyle(boolean compact) {
            return "-fx-font-size: " + (compact ? COMPACT_VALUE : VALUE) + "px; -fx-font-weight: bold;";
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

    /** The values' type size, and the smaller one of a view too short to give the plots their room under it. */
    static final int VALUE = 28;
    static final int COMPACT_VALUE = 20;
    static final int CAPTION = 14;
    static final int COMPACT_CAPTION = 13;
    private Boolean compacted;

    final Tile heap = new Tile("heap");
    final Tile pauses = new Tile("pauses");
    final Tile lastPause = new Tile("last-pause");
    final Tile p99 = new Tile("p99");
    final Tile waiting = new Tile("waiting");
    final Tile phase = new Tile("phase");
    final Tile gcCpu = new Tile("gc-cpu");
    final Tile throughput = new Tile("throughput");

    GcHeader() {
        super(16, 2);
        setPadding(new Insets(8, 18, 6, 18));
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(phase, heap, pauses, lastPause, gcCpu, throughput, p99, waiting);
    }

    /**
     * Smaller values ({@value #COMPACT_VALUE} px) and captions ({@value #COMPACT_CAPTION} px) and less padding when
     * {@code compact}, so the canvas under the strip gets the room (Chinese type's taller lines cost two rows of
     * tiles 12 px each at 1280×720).
     */
    void compact(boolean compact) {
        if (compacted != null && compacted == compact) {
            return;
        }
        compacted = compact;
        String style = Tile.valueStyle(compact);
        String captionStyle = "-fx-font-size: " + (compact ? COMPACT_CAPTION : CAPTION) + "px;";
        for (javafx.scene.Node n : getChildren()) {
            if (n instanceof Tile t) {
                t.value.setStyle(style);
                t.caption.setStyle(captionStyle);
            }
        }
        setPadding(compact ? new Insets(1, 18, 0, 18) : new Insets(8, 18, 6, 18));
        setVgap(compact ? 0 : 2);
    }

    void captions(ViewText text, String heapSize, String collector, int seconds) {
        heap.caption(text.get("stat.heap", heapSize));
        pauses.caption(text.get("stat.pauses"));
        lastPause.caption(text.get("stat.lastPause"));
        p99.caption(text.get("stat.p99"));
        waiting.caption(text.get("stat.waiting"));
        phase.caption(text.get("stat.phase", collector));
        gcCpu.caption(text.get("stat.gcCpu"));
        throughput.caption(text.get("stat.throughput", seconds));
    }

    void colours(GcPalette p, Color phaseColour) {
        for (Tile t : new Tile[] {heap, pauses, lastPause, gcCpu, throughput, p99, waiting}) {
            t.colours(p.text(), p.textMuted());
        }
        p99.colours(p.p99, p.textMuted());
        phase.colours(phaseColour, p.textMuted());
    }
}
