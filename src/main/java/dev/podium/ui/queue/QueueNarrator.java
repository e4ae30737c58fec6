package dev.podium.ui.queue;

import dev.podium.timeline.SimDurations;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.shell.Narrator;
import dev.podium.world.queue.ArrivalRateChanged;
import dev.podium.world.queue.CustomerArrived;
import dev.podium.world.queue.CustomerRejected;
import dev.podium.world.queue.QueueConfigured;
import dev.podium.world.queue.ServersChanged;
import dev.podium.world.queue.ServiceCompleted;
import dev.podium.world.queue.ServiceStarted;
import dev.podium.world.queue.ServiceTimeChanged;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Sentences for the queue world's events, from {@code dev/podium/ui/queue/narration*.properties}
 * (English and Simplified Chinese). Durations read in the unit that suits them ("800 ms", "2.4 s");
 * servers are numbered from 1 for people, though events number them from 0.
 *
 * <p>ρ = λ / (c μ) needs the rate, the service time and the server count together, but each change
 * event carries one of them; the narrator remembers the latest of each from the events it has been
 * asked about (the shell narrates in timeline order), and leaves ρ out until it has seen a
 * {@link QueueConfigured}. Returns null for events of other worlds. FX thread.
 */
public final class QueueNarrator implements Narrator {
    private static final String BUNDLE = "dev.podium.ui.queue.narration";

    private final Map<Locale, ResourceBundle> bundles = new HashMap<>();
    private boolean configured;
    private long meanInterarrivalNanos;
    private long meanServiceNanos;
    private int servers;

    @Override
    public String sentence(WorldEvent event, Locale locale) {
        ResourceBundle b = bundle(locale);
        if (event instanceof CustomerArrived a) {
            return say(b, locale, "arrived", id(a.customer()), a.waiting());
        } else if (event instanceof ServiceStarted s) {
            return s.waitNanos() == 0
                    ? say(b, locale, "started.atOnce", id(s.customer()), s.server() + 1)
                    : say(b, locale, "started", id(s.customer()), s.server() + 1, duration(b, locale, s.waitNanos()));
        } else if (event instanceof ServiceCompleted c) {
            return say(b, locale, "completed", id(c.customer()), duration(b, locale, c.sojournNanos()));
        } else if (event instanceof CustomerRejected r) {
            return say(b, locale, "rejected", id(r.customer()));
        } else if (event instanceof QueueConfigured c) {
            configured = true;
            servers = c.servers();
            meanInterarrivalNanos = c.meanInterarrivalNanos();
            meanServiceNanos = c.meanServiceNanos();
            String room = c.capacity() > 0 ? say(b, locale, "opened.capacity", c.capacity())
                    : b.getString("opened.unlimited");
            SimDurations.Unit unit = QueueFigures.rateUnit(meanServiceNanos);
            return say(b, locale, "opened", c.servers(), QueueFigures.rate(meanInterarrivalNanos, unit),
                    b.getString("per." + unit.key()), duration(b, locale, meanServiceNanos), room, rho());
        } else if (event instanceof ArrivalRateChanged r) {
            meanInterarrivalNanos = r.meanInterarrivalNanos();
            SimDurations.Unit unit = QueueFigures.rateUnit(configured ? meanServiceNanos
                    : r.meanInterarrivalNanos());
            return say(b, locale, configured ? "arrivalRate.rho" : "arrivalRate",
                    QueueFigures.rate(r.meanInterarrivalNanos(), unit), b.getString("per." + unit.key()), rho());
        } else if (event instanceof ServersChanged c) {
            servers = c.servers();
            return say(b, locale, configured ? "servers.rho" : "servers", c.servers(), rho());
        } else if (event instanceof ServiceTimeChanged c) {
            meanServiceNanos = c.meanServiceNanos();
            return say(b, locale, configured ? "serviceTime.rho" : "serviceTime",
                    duration(b, locale, c.meanServiceNanos()), rho());
        }
        return null;
    }

    /** "2.4 s" / "2.4 秒": the number from {@link SimDurations#readable}, the unit from the bundle. */
    static String duration(ResourceBundle b, Locale locale, long nanos) {
        SimDurations.Unit unit = SimDurations.readableUnit(nanos);
        return say(b, locale, "duration." + unit.key(), SimDurations.readableNumber(nanos, unit));
    }

    private String rho() {
        if (meanInterarrivalNanos <= 0 || servers <= 0) {
            return "?";
        }
        return QueueFigures.rho(Math.round(1000.0 * meanServiceNanos / ((double) meanInterarrivalNanos * servers)));
    }

    /** Customer numbers are names, not quantities: no digit grouping. */
    private static String id(long customer) {
        return Long.toString(customer);
    }

    private static String say(ResourceBundle b, Locale locale, String key, Object... args) {
        return new MessageFormat(b.getString(key), locale).format(args);
    }

    private ResourceBundle bundle(Locale locale) {
        return bundles.computeIfAbsent(locale, l -> ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
