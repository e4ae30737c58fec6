package dev.podium.ui.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.common.NamedMessage;
import dev.podium.ui.common.NarrationBundle;
import dev.podium.world.queue.ArrivalRateChanged;
import dev.podium.world.queue.CustomerArrived;
import dev.podium.world.queue.CustomerRejected;
import dev.podium.world.queue.Distribution;
import dev.podium.world.queue.QueueConfigured;
import dev.podium.world.queue.QueueEvent;
import dev.podium.world.queue.ServersChanged;
import dev.podium.world.queue.ServiceCompleted;
import dev.podium.world.queue.ServiceStarted;
import dev.podium.world.queue.ServiceTimeChanged;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every queue narration names only arguments its event kind supplies, in both languages, and every one is used. */
class QueueNarrationMessagesTest {
    private static final long S = 1_000_000_000L;
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private final NarrationBundle bundle = new NarrationBundle("dev.podium.ui.queue.narration");

    /** Events in an order that reaches every sentence: each change before and after the queue is configured. */
    private static List<QueueEvent> everySentence() {
        return List.of(new ArrivalRateChanged(0, S), new ServersChanged(0, 2), new ServiceTimeChanged(0, S),
                new QueueConfigured(0, 1, S, S, Distribution.EXPONENTIAL, Distribution.EXPONENTIAL, 0),
                new QueueConfigured(0, 3, S, S, Distribution.FIXED, Distribution.FIXED, 10),
                new CustomerArrived(0, 1, 0), new CustomerRejected(0, 2), new ServiceStarted(0, 1, 0, 0, S),
                new ServiceStarted(0, 1, 0, S, S), new ServiceCompleted(0, 1, 0, S), new ArrivalRateChanged(0, S),
                new ServersChanged(0, 1), new ServiceTimeChanged(0, S));
    }

    @Test
    void everyNamedPlaceholderIsSuppliedByItsEventKind() {
        for (Locale locale : LANGUAGES) {
            QueueNarrator narrator = new QueueNarrator();
            List<QueueNarrator.Sentence> said = new ArrayList<>();
            for (QueueEvent e : everySentence()) {
                said.add(narrator.compose(e, locale));
            }
            for (long nanos = 1; nanos > 0 && nanos < Long.MAX_VALUE / 10; nanos *= 10) {
                said.add(QueueNarrator.duration(nanos)); // one of each unit, ns to h
            }
            said.add(QueueNarrator.room(0));
            said.add(QueueNarrator.room(10));
            Set<String> used = new HashSet<>();
            for (QueueNarrator.Sentence s : said) {
                used.add(s.key());
                NamedMessage message = bundle.message(locale, s.key());
                Set<String> missing = new HashSet<>(message.names());
                missing.removeAll(s.arguments().keySet());
                assertTrue(missing.isEmpty(), s.key() + " in " + locale + " names " + missing + " but gets "
                        + s.arguments().keySet());
                String text = narrator.say(locale, s);
                assertTrue(!text.contains("{") && !text.contains("}"), text);
            }
            Set<String> unused = new HashSet<>(bundle.keys(locale));
            unused.removeAll(used);
            for (String per : bundle.keys(locale)) {
                if (per.startsWith("per.")) {
                    assertEquals(Set.of(), bundle.message(locale, per).names(), "a unit's word takes no arguments");
                    unused.remove(per);
                }
            }
            assertEquals(Set.of(), unused, "sentences this test does not reach in " + locale);
        }
    }
}
