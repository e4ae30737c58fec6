package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.ServiceDeleted;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.queue.CustomerArrived;
import dev.podium.world.kube.traffic.event.TrafficStarted;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KubeNarratorTest {
    /**
     * New event types whose sentences the narration bundles (edited by their owner) do not have yet; the narrator
     * says nothing for them meanwhile. Remove an entry when its sentence lands.
     */

    private final KubeNarrator narrator = new KubeNarrator();

    @Test
    void everyKubeEventTypeHasASentenceInEnglishAndChinese() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            ResourceBundle b = ResourceBundle.getBundle("dev.podium.ui.kube.narration", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertEquals(locale.getLanguage(), b.getLocale().getLanguage().isEmpty() ? "en"
                    : b.getLocale().getLanguage());
            for (Class<? extends WorldEvent> type : KubeEvent.types()) {
                assertTrue(b.containsKey(type.getSimpleName()), type.getSimpleName() + " in " + locale);
            }
            assertEquals(51, KubeEvent.types().size());
        }
    }

    @Test
    void everyEventOfARealRunReadsWellInBothLanguages() {
        Timeline t = KubeScenarios.classroom(75);
        Set<Class<?>> seen = new HashSet<>();
        for (WorldEvent e : t.events()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                String s = narrator.sentence(e, locale);
                assertNotNull(s, e.toString());
                assertTrue(!s.contains("{") && !s.contains("null"), s);
                if (locale.getLanguage().equals("zh") && seen.add(e.getClass())) {
                    assertTrue(s.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)
                            || KubeNarrator.mechanical(e), "Chinese for " + e.getClass().getSimpleName() + ": " + s);
                }
            }
        }
        assertTrue(seen.size() >= 25, "the run covers most event types: " + seen.size());
    }

    @Test
    void trafficTargetsAreShownWholeNotCutLikeObjectKeys() {
        TrafficStarted e = new TrafficStarted(1, 200, List.of("shop.example.com/cart"), "iptables",
                List.of("default/web"), List.of("ClusterIP"), List.of("default/shop"), List.of());
        String s = narrator.sentence(e, Locale.ENGLISH);
        assertTrue(s.contains("to shop.example.com/cart;"), s);
        assertTrue(s.contains("Services carrying traffic: web."), s);
        assertTrue(narrator.sentence(e, Locale.SIMPLIFIED_CHINESE).contains("shop.example.com/cart"));
    }

    @Test
    void aDeletedServiceSaysRequestsToItFailInBothLanguages() {
        ServiceDeleted e = new ServiceDeleted(1, "default/web");
        assertEquals("Service web was deleted: its endpoints go and kube-proxy drops its rules, so requests to it "
                + "fail; the pods it selected keep running.", narrator.sentence(e, Locale.ENGLISH));
        String zh = narrator.sentence(e, Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.startsWith("Service web 已删除") && zh.contains("请求会失败"), zh);
    }

    @Test
    void sentencesNameThePodAndNodeByTheirShortNames() {
        PodScheduled e = new PodScheduled(1, "default/web-abc12", "node-2", 3, 4, 80);
        assertEquals("The scheduler put pod web-abc12 on node node-2 (3 of 4 nodes fit).",
                narrator.sentence(e, Locale.ENGLISH));
        assertEquals("调度器把 Pod web-abc12 放到节点 node-2 上（4 个节点中有 3 个满足条件）。",
                narrator.sentence(e, Locale.SIMPLIFIED_CHINESE));
        assertNull(narrator.sentence(new CustomerArrived(1, 1, 0), Locale.ENGLISH), "other worlds are not ours");
    }

    @Test
    void pipelineSamplesAreShownInTheReconcileViewNotNarrated() {
        var sample = new dev.podium.world.kube.event.LivePipelineSampled(1, 3, 120, 40_000, 2_500_000, 500, 0);
        String en = narrator.sentence(sample, Locale.ENGLISH);
        assertTrue(en == null || en.isBlank(), en);
    }

    @Test
    void aReconcilesActionsAreSaidInWordsOfTheLanguage() {
        var done = new dev.podium.world.kube.event.ReconcileFinished(1, "replicaset", "default/web-7d4", 0, 2_000_000,
                "desired 3 actual 2", "createPods:1 updateStatus:1", "");
        String zh = narrator.sentence(done, Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("创建 1 个 Pod · 更新状态"), zh);
        String en = narrator.sentence(done, Locale.ENGLISH);
        assertTrue(!en.contains("createPods:1"), en);
    }

    @Test
    void aLiveBindingSaysNothingAboutFilteringItDidNotSee() {
        PodScheduled live = new PodScheduled(1, "shop/web-18", "node-1", 0, 0, 0);
        assertEquals("The scheduler put pod web-18 on node node-1.", narrator.sentence(live, Locale.ENGLISH));
        assertEquals("调度器把 Pod web-18 放到节点 node-1 上。", narrator.sentence(live, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aServiceWithoutReadyEndpointsSaysSoInsteadOfADash() {
        var none = new dev.podium.world.kube.event.EndpointsChanged(1, "default/web", java.util.List.of(),
                java.util.List.of("default/web-1"));
        assertEquals("Service web has no ready endpoint: requests to it now fail (not ready: web-1).",
                narrator.sentence(none, Locale.ENGLISH));
        assertEquals("Service web 没有就绪的端点：发往它的请求现在会失败（未就绪：web-1）。",
                narrator.sentence(none, Locale.SIMPLIFIED_CHINESE));
        var all = new dev.podium.world.kube.event.EndpointsChanged(1, "default/web", java.util.List.of("default/web-1",
                "default/web-2"), java.util.List.of());
        assertEquals("Service web now sends traffic to: web-1, web-2.", narrator.sentence(all, Locale.ENGLISH));
    }
}
