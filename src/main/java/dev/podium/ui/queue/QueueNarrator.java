package dev.podium.ui.queue;

import dev.podium.timeline.WorldEvent;
import dev.podium.ui.shell.Narrator;
import java.util.Locale;

/** PLACEHOLDER: replaced by the queue view branch. */
public final class QueueNarrator implements Narrator {
    @Override
    public String sentence(WorldEvent event, Locale locale) {
        return event.type();
    }
}
