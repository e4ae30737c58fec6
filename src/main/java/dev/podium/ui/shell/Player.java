package dev.podium.ui.shell;

import dev.podium.timeline.Timeline;
import dev.podium.ui.common.FrameProbe;
import dev.podium.ui.common.FrameProbe.Phase;
import dev.podium.ui.playback.Playback;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The playback loop: one {@link AnimationTimer} calls {@link #frame(long)} with the wall time since
 * the last pulse; a frame steps the {@link PlayerModel}, then renders the world views and the
 * narration at the playhead, only if something changed. Tests call {@link #frame(long)} directly
 * with made-up deltas and never start the timer. It also repoints views and narration when the run
 * changes (a new scenario or a fork). FX thread only.
 */
public final class Player {
    private final PlayerModel model;
    private final NarrationModel narration;
    private final WorldViews registry;
    private final ReadOnlyObjectWrapper<List<WorldViews.Entry>> worlds =
            new ReadOnlyObjectWrapper<>(this, "worlds", List.of());
    private final List<Runnable> afterRender = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long delta = lastPulseNanos < 0 ? 0 : now - lastPulseNanos;
            lastPulseNanos = now;
            frame(delta);
        }
    };
    /** While playing, the narration catches up at most this often (wall time). */
    static final long NARRATION_INTERVAL_NANOS = 100_000_000L;

    private long lastPulseNanos = -1;
    private long sinceNarrationNanos = NARRATION_INTERVAL_NANOS;
    private boolean narrationStale;
    private boolean dirty = true;
    private long renderedPlayhead = -1;
    private int renderedCount = -1;
    private Timeline boundTimeline;

    public Player(PlayerModel model, NarrationModel narration, WorldViews registry) {
        this.model = model;
        this.narration = narration;
        this.registry = registry;
        model.playbackProperty().addListener((obs, old, playback) -> rebind(playback));
    }

    /** The views of the current scenario's worlds (those this build can show), in scenario order. */
    public ReadOnlyObjectProperty<List<WorldViews.Entry>> worldsProperty() {
        return worlds.getReadOnlyProperty();
    }

    public PlayerModel model() {
        return model;
    }

    public NarrationModel narration() {
        return narration;
    }

    /** Runs {@code hook} after each render (the inspector re-picks there). */
    public void addAfterRender(Runnable hook) {
        afterRender.add(hook);
    }

    public void start() {
        lastPulseNanos = -1;
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** One frame of {@code wallDeltaNanos} wall time. */
    public void frame(long wallDeltaNanos) {
        FrameProbe.timed(Phase.ADVANCE, () -> model.frame(wallDeltaNanos));
        sinceNarrationNanos += Math.max(0, wallDeltaNanos);
        renderIfChanged();
    }

    /** Renders at the next frame even if the playhead did not move (theme, language, resize). */
    public void invalidate() {
        dirty = true;
    }

    /** Renders now. */
    public void refresh() {
        dirty = true;
        renderIfChanged();
    }

    public void setLocale(Locale locale) {
        narration.setLocale(locale);
        refresh();
    }

    private void rebind(Playback playback) {
        if (playback == null) {
            return;
        }
        List<WorldViews.Entry> entries = new ArrayList<>();
        for (String world : playback.worlds()) {
            WorldViews.Entry entry = registry.forWorld(world);
            if (entry != null) {
                entries.add(entry);
            }
        }
        Timeline timeline = playback.timeline();
        for (WorldViews.Entry entry : entries) {
            entry.view().bind(timeline);
        }
        narration.bind(timeline, entries.stream().map(WorldViews.Entry::narrator).toList());
        boundTimeline = timeline;
        worlds.set(List.copyOf(entries));
        dirty = true;
    }

    private void renderIfChanged() {
        if (model.playback() == null || boundTimeline == null) {
            return;
        }
        long playhead = model.playheadNanos();
        int count = boundTimeline.countAtOrBefore(playhead);
        boolean forced = dirty;
        boolean changed = forced || playhead != renderedPlayhead || count != renderedCount;
        if (changed) {
            dirty = false;
            renderedPlayhead = playhead;
            renderedCount = count;
            FrameProbe.timed(Phase.RENDER_VIEWS, () -> {
                for (WorldViews.Entry entry : worlds.get()) {
                    entry.view().render(playhead);
                }
            });
            narrationStale = true;
        }
        // While playing, the narration list is brought up to date at most every NARRATION_INTERVAL_NANOS of wall
        // time: a live cluster can add a thousand sentences a second, nobody reads them at 60 frames a second, and
        // re-laying out the list each frame was the longest part of a frame. Paused, seeks and refreshes: at once.
        if (narrationStale && (forced || !model.isPlaying() || sinceNarrationNanos >= NARRATION_INTERVAL_NANOS)) {
            FrameProbe.timed(Phase.NARRATION, () -> narration.update(playhead));
            narrationStale = false;
            sinceNarrationNanos = 0;
        }
        if (changed) {
            FrameProbe.timed(Phase.AFTER_RENDER, () -> afterRender.forEach(Runnable::run));
        }
    }
}
