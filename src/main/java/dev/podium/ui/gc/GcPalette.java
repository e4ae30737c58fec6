package dev.podium.ui.gc;

import dev.podium.ui.common.ThemePalette;
import dev.podium.world.gc.PauseKind;
import dev.podium.world.gc.RegionKind;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The GC view's own colours, the {@code -pd-gc-*} tokens of its sheet ({@code gc.css}), on top of the shared ones of
 * {@link ThemePalette}; each falls back to a fixed colour so the view reads before the sheet is attached. Region kinds
 * and pause families follow the Okabe-Ito palette, darkened for a washed-out projector in the light theme. FX thread.
 */
final class GcPalette extends ThemePalette {
    final Color[] region = new Color[RegionKind.values().length];
    final Color[] pause = new Color[PauseKind.Family.values().length];
    Color regionLine;
    /**
     * The edge of a free region and of the free part of the occupancy gauge; transparent where the free colour
     * stands apart from the stage, black in high contrast, where free regions are as white as the stage.
     */
    Color freeEdge;
    Color grid;
    Color goal;
    Color p50;
    Color p99;
    Color p999;
    Color marking;
    /** The colour of a region kind or pause family this palette has no token for (a newer recording's). */
    Color unknown;

    GcPalette(Pane host) {
        super(host);
    }

    @Override
    protected void resolveTokens() {
        region[RegionKind.FREE.ordinal()] = pick("-pd-gc-free", Color.web("#E3E8EE"));
        region[RegionKind.EDEN.ordinal()] = pick("-pd-gc-eden", Color.web("#2F7FCB"));
        region[RegionKind.SURVIVOR.ordinal()] = pick("-pd-gc-survivor", Color.web("#007A5A"));
        region[RegionKind.OLD.ordinal()] = pick("-pd-gc-old", Color.web("#C77800"));
        region[RegionKind.HUMONGOUS.ordinal()] = pick("-pd-gc-humongous", Color.web("#A8326E"));
        pause[PauseKind.Family.YOUNG.ordinal()] = pick("-pd-gc-pause-young", Color.web("#0061A8"));
        pause[PauseKind.Family.MIXED.ordinal()] = pick("-pd-gc-pause-mixed", Color.web("#B86E00"));
        pause[PauseKind.Family.CONCURRENT_CYCLE.ordinal()] = pick("-pd-gc-pause-cycle", Color.web("#6F2DBD"));
        pause[PauseKind.Family.FULL.ordinal()] = pick("-pd-gc-pause-full", Color.web("#C2410C"));
        pause[PauseKind.Family.STALL.ordinal()] = pick("-pd-gc-pause-stall", Color.web("#7A1F1F"));
        regionLine = pick("-pd-gc-region-line", stageBg());
        freeEdge = pick("-pd-gc-free-edge", Color.TRANSPARENT);
        grid = pick("-pd-gc-grid", Color.web("#D0D7DE"));
        goal = pick("-pd-gc-goal", Color.web("#6F2DBD"));
        p50 = pick("-pd-gc-p50", Color.web("#007A5A"));
        p99 = pick("-pd-gc-p99", Color.web("#B86E00"));
        p999 = pick("-pd-gc-p999", Color.web("#C2410C"));
        marking = pick("-pd-gc-marking", Color.web("#6F2DBD"));
        unknown = pick("-pd-gc-unknown", Color.web("#8C959F"));
    }

    /** The colour of {@code kind}; {@link #unknown} for null or a kind without a token. */
    Color region(RegionKind kind) {
        Color c = kind == null ? null : region[kind.ordinal()];
        return c != null ? c : unknown;
    }

    /** The colour of {@code kind}'s family; {@link #unknown} for null or a family without a token. */
    Color pause(PauseKind kind) {
        Color c = kind == null || kind.family() == null ? null : pause[kind.family().ordinal()];
        return c != null ? c : unknown;
    }
}
