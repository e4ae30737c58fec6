package dev.podium.ui.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Narrated;
import dev.podium.timeline.WorldEvent;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueNarratorTest {
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final QueueNarrator narrator = new QueueNarrator();

    private String en(WorldEvent e) {
        return narrator.sentence(e, Locale.ENGLISH);
    }

    @Test
    void englishSentencesForCustomers() {
        assertEquals("Customer 12 arrives; 3 are waiting.", en(new CustomerArrived(0, 12, 3)));
        assertEquals("Customer 1 arrives; 1 is waiting.", en(new CustomerArrived(0, 1, 1)));
        assertEquals("Server 1 starts customer 9 after a wait of 2.4 s.",
                en(new ServiceStarted(0, 9, 0, 2_400 * MS, S)));
        assertEquals("Server 2 takes customer 4 at once: nobody was ahead.", en(new ServiceStarted(0, 4, 1, 0, S)));
        assertEquals("Customer 9 leaves after 3.1 s in the system.", en(new ServiceCompleted(0, 9, 0, 3_100 * MS)));
        assertEquals("Customer 30 is turned away: the waiting room is full.", en(new CustomerRejected(0, 30)));
    }

    @Test
    void parameterChangesCarryTheNewUtilisation() {
        en(new QueueConfigured(0, 1, 2 * S, S, Distribution.EXPONENTIAL, Distribution.EXPONENTIAL, 0));
        assertEquals("Arrival rate is now 0.9 per second (ρ = 0.90).", en(new ArrivalRateChanged(0, 1_111_111_111L)));
        assertEquals("Now 2 servers (ρ = 0.45).", en(new ServersChanged(0, 2)));
        assertEquals("Mean service time is now 800 ms (ρ = 0.36).", en(new ServiceTimeChanged(0, 800 * MS)));
    }

    @Test
    void openingSentenceSaysHowTheQueueIsSetUp() {
        String s = en(new QueueConfigured(0, 1, 1_111_111_111L, S, Distribution.EXPONENTIAL,
                Distribution.EXPONENTIAL, 0));
        assertEquals("The queue opens: 1 server, about 0.9 arrivals per second, a mean service time of 1 s, "
                + "no limit on waiting (ρ = 0.90).", s);
        String limited = en(new QueueConfigured(0, 3, S, S, Distribution.FIXED, Distribution.FIXED, 10));
        assertTrue(limited.contains("3 servers") && limited.contains("room for 10 to wait"), limited);
    }

    @Test
    void chineseSentencesCarryTheNumbers() {
        assertEquals("顾客 12 到达，3 人在等待。", narrator.sentence(new CustomerArrived(0, 12, 3), ZH));
        String started = narrator.sentence(new ServiceStarted(0, 9, 0, 2_400 * MS, S), ZH);
        assertEquals("服务台 1 开始为顾客 9 服务，此前等待了 2.4 秒。", started);
        assertTrue(narrator.sentence(new CustomerRejected(0, 30), ZH).contains("30"));
        narrator.sentence(new QueueConfigured(0, 1, 2 * S, S, Distribution.EXPONENTIAL, Distribution.EXPONENTIAL,
                0), ZH);
        assertEquals("到达率调整为每秒 0.9 位（ρ = 0.90）。",
                narrator.sentence(new ArrivalRateChanged(0, 1_111_111_111L), ZH));
        assertEquals("平均服务时间调整为 800 毫秒（ρ = 0.72）。",
                narrator.sentence(new ServiceTimeChanged(0, 800 * MS), ZH));
    }

    @Test
    void englishIsUsedForOtherLanguagesEvenOnAChineseMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(ZH);
            assertEquals("Customer 5 is turned away: the waiting room is full.",
                    narrator.sentence(new CustomerRejected(0, 5), Locale.FRENCH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyQueueEventIsNarratedInBothLanguagesAndOtherEventsAreNot() {
        List<QueueEvent> all = List.of(
                new QueueConfigured(0, 1, S, S, Distribution.EXPONENTIAL, Distribution.EXPONENTIAL, 5),
                new CustomerArrived(0, 1, 1), new CustomerRejected(0, 2), new ServiceStarted(0, 1, 0, 0, S),
                new ServiceCompleted(0, 1, 0, S), new ArrivalRateChanged(0, S), new ServersChanged(0, 1),
                new ServiceTimeChanged(0, S));
        assertEquals(QueueEvent.types().size(), all.size(), "a new queue event needs a sentence");
        for (QueueEvent e : all) {
            assertNotNull(en(e), e.type());
            assertNotNull(narrator.sentence(e, ZH), e.type());
        }
        assertNull(en(new Narrated(0, Map.of("en", "Look at the queue."))));
    }
}
