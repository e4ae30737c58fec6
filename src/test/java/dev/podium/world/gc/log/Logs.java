package dev.podium.world.gc.log;

import dev.podium.world.gc.GcEvent;
import dev.podium.world.gc.LoggedPause;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads log text given in a test, keeping its events. */
final class Logs {
    final List<GcEvent> events = new ArrayList<>();
    final GcLogSummary summary;

    private Logs(byte[] bytes) throws Exception {
        summary = new GcLogReader("test.log", events::add).read(new ByteArrayInputStream(bytes));
    }

    static Logs read(String text) throws Exception {
        return new Logs(text.getBytes(StandardCharsets.UTF_8));
    }

    static Logs read(byte[] bytes) throws Exception {
        return new Logs(bytes);
    }

    List<LoggedPause> pauses() {
        return events.stream().filter(LoggedPause.class::isInstance).map(LoggedPause.class::cast).toList();
    }
}
