package dev.podium.world.goruntime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.EventTypes;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.rt.Hchan;
import dev.podium.world.goruntime.rt.Mutex;
import dev.podium.world.goruntime.rt.Op;
import dev.podium.world.goruntime.rt.Runs;
import dev.podium.world.goruntime.rt.Script;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoEventTest {

    @Test
    void everyPermittedRecordIsListedAndHoldsOnlyRecordableTypes() {
        Set<Class<?>> permitted = new HashSet<>(List.of(GoEvent.class.getPermittedSubclasses()));
        assertEquals(permitted, new HashSet<>(GoEvent.types()));
        Set<Class<?>> allowed = Set.of(long.class, int.class, boolean.class, String.class, List.class);
        for (Class<? extends WorldEvent> type : GoEvent.types()) {
            assertTrue(type.isRecord(), type + " is a record");
            for (RecordComponent c : type.getRecordComponents()) {
                assertTrue(allowed.contains(c.getType()) || c.getType().isEnum(), type.getSimpleName() + "."
                        + c.getName() + " is " + c.getType());
            }
        }
    }

    @Test
    void eventsOfARunSurviveARecordingRoundTrip() {
        Mutex mu = new Mutex();
        Script.Ref<Hchan> ch = new Script.Ref<>();
        Script worker = new Script("main.w").op(10, () -> new Op.Lock(10, mu))
                .op(11, () -> new Op.Send(11, ch.get(), "hi")).op(12, () -> new Op.Unlock(12, mu));
        Script main = new Script("main.main");
        main.op(2, () -> new Op.MakeChan(2, "string", 0)).op(3, () -> {
            ch.value = (Hchan) main.last();
            return new Op.Go(3, worker, "main.w");
        }).op(4, () -> new Op.Select(4, List.of(new Op.SelectCase(ch.get(), false, null, "")), false))
                .op(5, () -> new Op.NewContext(5, null, 1000, null, null))
                .op(6, () -> new Op.Write(6, 1, "ok\n")).op(7, () -> new Op.Sleep(7, 5000));
        Runs run = Runs.of(2, main);
        run.run();
        RecordingCodec codec = new RecordingCodec(new EventTypes().register(GoEvent.types()));
        Set<Class<?>> seen = new HashSet<>();
        for (WorldEvent e : run.events) {
            assertEquals(e, codec.decode(codec.encode(e)));
            seen.add(e.getClass());
        }
        assertTrue(seen.size() >= 20, "covered " + seen.size() + " event types");
    }
}
