package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.kube.KubeWorld;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.NamedMessage;
import dev.podium.ui.common.NarrationBundle;
import dev.podium.scenario.kube.KubeWorld;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every Kubernetes narration names only arguments its event kind supplies, in both languages. */
class KubeNarrationMessagesTest {
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private final KubeNarrator narrator = new KubeNarrator();
    private final NarrationBundle bundle = new NarrationBundle("dev.podium.ui.kube.narration");

    @Test
    void everyNamedPlaceholderIsSuppliedByItsEventKind() throws Exception {
        for (Locale locale : LANGUAGES) {
            for (Class<? extends WorldEvent> type : new KubeWorld().eventTypes()) {
                WorldEvent sample = sample(type);
                Set<String> supplied = narrator.arguments(sample, locale).keySet();
                NamedMessage message = bundle.message(locale, type.getSimpleName());
                Set<String> missing = new HashSet<>(message.names());
                missing.removeAll(supplied);
                assertTrue(missing.isEmpty(), type.getSimpleName() + " in " + locale + " names " + missing
                        + " but its event supplies " + supplied);
                String sentence = narrator.sentence(sample, locale);
                assertFalse(sentence.contains("{") || sentence.contains("}"), sentence);
            }
        }
    }

    @Test
    void theArgumentsAreTheRecordsComponentsByName() throws Exception {
        for (Class<? extends WorldEvent> type : new KubeWorld().eventTypes()) {
            Set<String> components = new HashSet<>();
            for (RecordComponent c : type.getRecordComponents()) {
                components.add(c.getName());
                if (java.util.Collection.class.isAssignableFrom(c.getType())) {
                    components.add(c.getName() + "Count"); // a list's size, for choice formats
                }
            }
            assertEquals(components, narrator.arguments(sample(type), Locale.ENGLISH).keySet(), type.getSimpleName());
        }
    }

    @Test
    void theBundlesHoldSentencesForEventKindsOnly() {
        Set<String> kinds = new KubeWorld().eventTypes().stream().map(Class::getSimpleName).collect(Collectors.toSet());
        for (Locale locale : LANGUAGES) {
            Set<String> stale = new HashSet<>(bundle.keys(locale));
            stale.removeAll(kinds);
            assertTrue(stale.isEmpty(), "no event kind for " + stale + " in " + locale);
        }
    }

    /** An event of {@code type} with plain values: zero, empty, false. */
    private static WorldEvent sample(Class<? extends WorldEvent> type) throws Exception {
        RecordComponent[] rc = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rc.length];
        Object[] values = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
            values[i] = plain(types[i]);
        }
        Constructor<? extends WorldEvent> c = type.getDeclaredConstructor(types);
        return c.newInstance(values);
    }

    private static Object plain(Class<?> t) {
        if (t == long.class) {
            return 0L;
        } else if (t == int.class) {
            return 0;
        } else if (t == boolean.class) {
            return false;
        } else if (t == String.class) {
            return "default/x";
        } else if (t == List.class) {
            return List.of();
        } else if (Map.class.isAssignableFrom(t)) {
            return new TreeMap<String, String>();
        }
        throw new IllegalArgumentException("no plain value for " + t);
    }
}
