package dev.podium.ui.kube;

import dev.podium.timeline.SimDurations;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.NarrationBundle;
import dev.podium.ui.world.Narrator;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.ReconcileStarted;
import dev.podium.world.kube.event.WatchEventDelivered;
import dev.podium.world.kube.event.WorkqueueAdded;
import dev.podium.world.kube.event.WorkqueueDeduplicated;
import dev.podium.world.kube.event.LivePipelineSampled;
import dev.podium.world.kube.event.ProbeSucceeded;
import dev.podium.world.kube.event.ReconcileFinished;
import dev.podium.world.kube.flow.event.ClientSampled;
import dev.podium.world.kube.flow.event.FlowEvent;
import dev.podium.world.kube.flow.event.LeaderReconciled;
import dev.podium.world.kube.flow.event.LeaseRenewed;
import dev.podium.world.kube.flow.event.PriorityLevelSampled;
import dev.podium.world.kube.config.event.ConfigEvent;
import dev.podium.world.kube.config.event.ConfigLoaded;
import dev.podium.world.kube.custom.event.CustomEvent;
import dev.podium.world.kube.sched.event.SchedEvent;
import dev.podium.world.kube.traffic.event.TrafficEvent;
import dev.podium.world.kube.workload.event.WorkloadEvent;
import java.lang.reflect.RecordComponent;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Sentences for every Kubernetes event, from {@code dev/podium/ui/kube/narration*.properties} (English and
 * Simplified Chinese), keyed by the event's simple class name. The patterns name their arguments after the record's
 * components ({@code {pod}}, {@code {node}}, {@code {restartCount}}), so reordering a record's components cannot
 * change a sentence. The values are prepared for reading: {@code *Nanos} as a duration ("1.5s"; not
 * {@code timeNanos}), {@code memoryBytes} in Mi, booleans as 1/0 for {@code choice} formats, lists joined with
 * commas (and their sizes as {@code <name>Count}), and {@code namespace/name} keys shortened to the name; a
 * reconcile's {@code action} codes become words, and so does a config's {@code use}.
 * High-volume mechanical events ({@link #MECHANICAL}) have deliberately short sentences. Returns null for other
 * worlds' events. FX thread.
 */
public final class KubeNarrator implements Narrator {
    /** Events that come by the thousand; their sentences are kept to a few words. */
    public static final Set<Class<?>> MECHANICAL = Set.of(WatchEventDelivered.class, WorkqueueAdded.class,
            WorkqueueDeduplicated.class, ReconcileStarted.class, ProbeSucceeded.class, LivePipelineSampled.class,
            LeaseRenewed.class, LeaderReconciled.class, ClientSampled.class, PriorityLevelSampled.class);
    private static final String BUNDLE = "dev.podium.ui.kube.narration";
    private static final String VIEW_BUNDLE = "dev.podium.ui.kube.view";

    private final NarrationBundle sentences = new NarrationBundle(BUNDLE);
    private final Map<Locale, ResourceBundle> viewBundles = new HashMap<>();
    private final Map<Class<?>, RecordComponent[]> components = new HashMap<>();

    @Override
    public String sentence(WorldEvent event, Locale locale) {
        if (!(event instanceof KubeEvent) && !(event instanceof TrafficEvent) && !(event instanceof FlowEvent)
                && !(event instanceof CustomEvent) && !(event instanceof ConfigEvent)
                && !(event instanceof WorkloadEvent) && !(event instanceof SchedEvent)) {
            return null;
        }
        String key = event.getClass().getSimpleName();
        if (!sentences.has(locale, key)) {
            return null;
        }
        return sentences.say(locale, key, arguments(event, locale));
    }

    /** True for the high-volume events whose sentences are concise. */
    public static boolean mechanical(WorldEvent event) {
        return MECHANICAL.contains(event.getClass());
    }

    /** The values a sentence may name: each record component by its name, prepared for reading in {@code locale}. */
    Map<String, Object> arguments(WorldEvent event, Locale locale) {
        RecordComponent[] rc = components.computeIfAbsent(event.getClass(), c -> c.getRecordComponents());
        Map<String, Object> out = new HashMap<>();
        for (RecordComponent c : rc) {
            Object v;
            try {
                v = c.getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            out.put(c.getName(), readable(c.getName(), v));
            if (v instanceof Collection<?> list) {
                out.put(c.getName() + "Count", list.size()); // for a choice: "no ready endpoint" instead of "–"
            }
        }
        if (event instanceof ReconcileFinished done) {
            out.put("action", actionWords(done.action(), locale));
        } else if (event instanceof ConfigLoaded loaded) {
            ResourceBundle view = view(locale);
            String use = "config.use." + loaded.use();
            out.put("use", view.containsKey(use) ? view.getString(use) : loaded.use());
        }
        return out;
    }

    /** A reconcile's action codes ({@code createPods:1 updateStatus:1}) in words of {@code locale}. */
    private String actionWords(String actions, Locale locale) {
        ResourceBundle view = view(locale);
        return ActionText.words(actions, (code, count) -> view.containsKey("action." + code)
                ? new MessageFormat(view.getString("action." + code), locale).format(new Object[] {count}) : null);
    }

    private ResourceBundle view(Locale locale) {
        return viewBundles.computeIfAbsent(locale, l -> ResourceBundle.getBundle(VIEW_BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /**
     * Arguments whose text holds a slash but is not a {@code namespace/name} key, so it is shown whole: an informer's
     * name, a message, an image, and traffic targets ({@code host/path}).
     */
    private static final Set<String> NOT_OBJECT_KEYS = Set.of("informer", "message", "image", "targets", "request",
            "requests", "apiVersion", "finalizers", "summary", "target");

    private static Object readable(String name, Object v) {
        if (v instanceof Long && name.endsWith("Nanos") && !"timeNanos".equals(name)) {
            return SimDurations.brief((Long) v);
        } else if (v instanceof Long && name.equals("memoryBytes")) {
            return ((Long) v >> 20) + "Mi";
        } else if (v instanceof Boolean) {
            return ((Boolean) v) ? 1 : 0;
        } else if (v instanceof Collection) {
            Collection<?> c = (Collection<?>) v;
            return c.isEmpty() ? "–" : String.join(", ", c.stream().map(o -> NOT_OBJECT_KEYS.contains(name)
                    ? o.toString() : WorkloadRows.name(o.toString())).toList());
        } else if (v instanceof Map) {
            StringBuilder s = new StringBuilder();
            ((Map<?, ?>) v).forEach((k, x) -> s.append(s.length() == 0 ? "" : ",").append(k).append('=').append(x));
            return s.toString();
        } else if (v instanceof String && ((String) v).indexOf('/') > 0 && !NOT_OBJECT_KEYS.contains(name)) {
            return WorkloadRows.name((String) v);
        }
        return v;
    }
}
