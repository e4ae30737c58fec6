package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Narrated;
import dev.podium.timeline.Timeline;
import dev.podium.ui.world.Narrator;

import dev.podium.world.queue.CustomerArrived;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NarrationModelTest {
    private final Timeline timeline = new Timeline();
    private final NarrationModel model = new NarrationModel();
    private final Narrator arrivals = (event, locale) -> event instanceof CustomerArrived c
            ? (locale.getLanguage().equals("zh") ? "顾客 " : "customer ") + c.customer() : null;

    @BeforeEach
    void bind() {
        model.bind(timeline, List.of(arrivals));
    }

    private void arrivals(int count, long fromNanos) {
        for (int i = 0; i < count; i++) {
            timeline.append(new CustomerArrived(fromNanos + i * 10L, i + 1, 0));
        }
    }

    @Test
    void showsOnlyEventsUpToThePlayhead() {
        arrivals(5, 0);
        model.update(25);
        assertEquals(List.of("customer 1", "customer 2", "customer 3"), texts());
    }

    @Test
    void keepsTheNewestTwoHundredLinesNewestLast() {
        arrivals(1000, 0);
        model.update(10_000);
        assertEquals(NarrationModel.MAX_LINES, model.lines().size());
        assertEquals("customer 1000", model.lines().get(NarrationModel.MAX_LINES - 1).text());
        assertEquals("customer 801", model.lines().get(0).text());
    }

    @Test
    void movingForwardAppendsAndTrimsLikeARebuild() {
        arrivals(500, 0);
        model.update(1_000);
        model.update(3_000);
        model.update(4_990);
        List<String> incremental = texts();
        NarrationModel fresh = new NarrationModel();
        fresh.bind(timeline, List.of(arrivals));
        fresh.update(4_990);
        assertEquals(fresh.lines().stream().map(NarrationLine::text).toList(), incremental);
    }

    @Test
    void seekingBackRebuilds() {
        arrivals(10, 0);
        model.update(90);
        model.update(15);
        assertEquals(List.of("customer 1", "customer 2"), texts());
    }

    @Test
    void cuesComeInTheCurrentLanguageAndAreMarked() {
        timeline.append(new Narrated(0, Map.of("en", "Watch the line", "zh-CN", "注意队伍")));
        arrivals(1, 5);
        model.update(10);
        assertEquals(NarrationLine.Kind.CUE, model.lines().get(0).kind());
        assertEquals("Watch the line", model.lines().get(0).text());
        model.setLocale(Locale.SIMPLIFIED_CHINESE);
        model.update(10);
        assertEquals(List.of("注意队伍", "顾客 1"), texts());
    }

    @Test
    void eventsNoNarratorWordsAreSkippedAndAFailingNarratorDoesNotBreakThePanel() {
        Narrator broken = (event, locale) -> {
            throw new IllegalStateException("boom");
        };
        model.bind(timeline, List.of(broken, arrivals));
        timeline.append(new Narrated(0, Map.of()));
        arrivals(2, 1);
        model.update(100);
        assertEquals(List.of("", "customer 1", "customer 2"), texts());
    }

    @Test
    void notesAppearAfterTheEventsUntilTheNextRebuild() {
        arrivals(3, 0);
        model.update(20);
        model.note(20, "You changed it");
        assertEquals(NarrationLine.Kind.NOTE, model.lines().get(3).kind());
        model.update(0);
        assertTrue(model.lines().stream().noneMatch(l -> l.kind() == NarrationLine.Kind.NOTE));
    }

    private List<String> texts() {
        return model.lines().stream().map(NarrationLine::text).toList();
    }

    @Test
    void pinsTheLatestCueAtThePlayheadEvenWhenManyEventsFollowIt() {
        timeline.append(new Narrated(0, Map.of("en", "first lesson", "zh-CN", "第一课")));
        arrivals(300, 10);
        timeline.append(new Narrated(5_000, Map.of("en", "second lesson", "zh-CN", "第二课")));
        arrivals(300, 5_010);
        model.update(4_000);
        assertEquals("first lesson", model.currentCueProperty().get().text());
        model.update(9_000); // 300 arrivals later: the cue has scrolled out of the log but stays pinned
        assertEquals("second lesson", model.currentCueProperty().get().text());
        model.setLocale(Locale.SIMPLIFIED_CHINESE);
        model.update(9_000);
        assertEquals("第二课", model.currentCueProperty().get().text());
        model.update(4_999); // seeking back brings the earlier cue back
        assertEquals("第一课", model.currentCueProperty().get().text());
        model.bind(new Timeline(), List.of(arrivals));
        model.update(0);
        assertNull(model.currentCueProperty().get());
    }
}
