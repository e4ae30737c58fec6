package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.ui.world.Inspection;
import dev.podium.ui.world.MenuAction;
import dev.podium.ui.world.Narrator;
import dev.podium.ui.world.WorldUi;
import dev.podium.ui.world.WorldView;

import dev.podium.world.kube.event.NodeAdded;
import java.util.List;
import org.junit.jupiter.api.Test;

/** While playing, the narration catches up ten times a second, not every frame; paused, at once. */
class PlayerNarrationPaceTest {
    private static final long MS = 1_000_000L;

    @Test
    void playingNarrationCatchesUpEveryTenthOfASecondAndPausingCatchesUpAtOnce() {
        PlaybackSourcesTest.Growing live = new PlaybackSourcesTest.Growing();
        PlayerModel model = new PlayerModel();
        WorldView blank = new WorldView() {
            @Override
            public javafx.scene.Node node() {
                return null;
            }

            @Override
            public void bind(dev.podium.timeline.Timeline timeline) {
            }

            @Override
            public void render(long playheadNanos) {
            }

            @Override
            public Inspection pick(double x, double y) {
                return null;
            }
        };
        WorldViews views = WorldViews.of(List.of(new WorldUi() {
            @Override
            public String world() {
                return "kube";
            }

            @Override
            public WorldView newView() {
                return blank;
            }

            @Override
            public Narrator narrator() {
                return (event, locale) -> "line " + event.timeNanos();
            }

            @Override
            public String bundle() {
                return "none";
            }

            @Override
            public List<MenuAction> actions() {
                return List.of();
            }
        }));
        Player player = new Player(model, new NarrationModel(), views);
        model.load(live);
        for (int i = 1; i <= 12; i++) {
            live.now = i * 16 * MS;
            live.queued.add(new NodeAdded(live.now, "n" + i, 1000, 1L << 30, 110, List.of(), false));
            player.frame(16 * MS);
        }
        // 12 frames of 16 ms: a catch-up at the first frame (the playback was new, 1 line) and at the eighth, when
        // 112 ms had passed (8 lines); the last four frames' lines wait.
        assertEquals(8, player.narration().lines().size());
        model.pause();
        player.frame(0);
        assertEquals(12, player.narration().lines().size(), "paused: at once");
    }
}
