package dev.podium.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.podium.live.informer.InformerState;
import dev.podium.live.informer.InformerStatus;
import dev.podium.ui.common.I18n;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LiveHealthTextTest {
    /** Every kind the live session watches (LiveSession's informers), as its chips name them. */
    private static final List<String> WATCHED = List.of("Node", "Deployment", "ReplicaSet",
            "HorizontalPodAutoscaler", "Service", "EndpointSlice", "Ingress", "StatefulSet", "DaemonSet", "Job", "Pod",
            "CustomResourceDefinition", "Event");

    private static InformerStatus watching(String kind, long items) {
        return new InformerStatus("podium/x", kind, "all namespaces", InformerState.WATCHING, items, -1, "");
    }

    @Test
    void everyWatchedKindHasItsNameInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            LiveHealthText text = new LiveHealthText(new I18n(locale));
            for (String kind : WATCHED) {
                String chip = text.chip(watching(kind, 3));
                assertFalse(chip.contains("!"), locale + " " + kind + ": " + chip);
            }
        }
    }

    @Test
    void customResourcesAreNamedByTheirKind() {
        LiveHealthText text = new LiveHealthText(new I18n(Locale.ENGLISH));
        assertEquals("DBInstance", text.kind("DBInstance"));
        assertEquals("Services", text.kind("Service"));
        assertEquals("Ingresses · watching · 1,204", text.chip(watching("Ingress", 1204)));
    }
}
