package dev.podium.ui.world;

import dev.podium.timeline.WorldEvent;
import java.util.Locale;

/**
 * Turns a world's events into sentences for the narration panel, from that world's i18n bundle.
 * Returns null for events of other worlds (or events too small to narrate).
 */
@FunctionalInterface
public interface Narrator {
    String sentence(WorldEvent event, Locale locale);
}
