package dev.podium.world.kube.state;

import dev.podium.timeline.WorldEvent;

/**
 * The kubectl-style event lines the folds write into {@link KubeState#recentEvents()}: the newest
 * {@link KubeState#RECENT_EVENTS} are kept, oldest first. Also the two string helpers the lines' messages share.
 * Pure.
 */
final class EventLines {
    private EventLines() {
    }

    /** Appends a line at {@code e}'s time, dropping the oldest when full. */
    static void add(KubeState s, WorldEvent e, String type, String reason, String object, String message) {
        if (s.recentEvents.size() == KubeState.RECENT_EVENTS) {
            s.recentEvents.removeFirst();
        }
        s.recentEvents.addLast(new EventLine(e.timeNanos(), type, reason, object, message));
    }

    /** The name part of {@code namespace/name} (all of {@code key} when it has no namespace). */
    static String name(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }

    /** {@code s} with its first character upper-cased. */
    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
