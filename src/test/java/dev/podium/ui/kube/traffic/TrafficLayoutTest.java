package dev.podium.ui.kube.traffic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficLayoutTest {
    private static Map<String, List<String>> twoServices() {
        Map<String, List<String>> endpoints = new LinkedHashMap<>();
        endpoints.put("default/web", List.of("default/web-1", "default/web-2", "default/web-3"));
        endpoints.put("default/api", List.of("default/api-1", "default/api-2"));
        return endpoints;
    }

    @Test
    void theIngressBoxIsAsTallAsItsServicesNotThePane() {
        TrafficLayout layout = new TrafficLayout(1200, 900, twoServices(), 120);
        TrafficLayout.Box last = layout.services.get("default/api");
        assertEquals(last.y() + last.h(), layout.ingress.y() + layout.ingress.h(), 0.001);
        assertTrue(layout.ingress.h() < 900 / 2.0, "ingress " + layout.ingress.h() + " px tall in a 900 px pane");
    }

    @Test
    void tallRulesMakeATallerIngressBoxButNeverTallerThanThePane() {
        assertEquals(600, new TrafficLayout(1200, 900, twoServices(), 600).ingress.h(), 0.001);
        TrafficLayout squeezed = new TrafficLayout(1200, 400, twoServices(), 2000);
        assertEquals(400 - 2 * 14, squeezed.ingress.h(), 0.001);
    }

    @Test
    void theClientFacesTheMiddleOfTheIngress() {
        TrafficLayout layout = new TrafficLayout(1200, 900, twoServices(), 120);
        assertEquals(layout.ingress.cy(), layout.client.cy(), 0.001);
    }

    @Test
    void aRoutedRequestFollowsTheLinksAndOneWithoutARuleStopsAtTheIngressEdge() {
        TrafficLayout layout = new TrafficLayout(1200, 900, twoServices(), 120);
        TrafficLayout.Box svc = layout.services.get("default/api");
        TrafficLayout.Box pod = layout.pods.get("default/api-2");
        List<double[]> routed = layout.path("default/api", "default/api-2");
        assertEquals(6, routed.size());
        assertArrayEquals(new double[] {layout.ingress.x(), layout.client.cy()}, routed.get(1), 0.001);
        assertArrayEquals(new double[] {svc.x(), svc.cy()}, routed.get(3), 0.001);
        assertArrayEquals(new double[] {pod.x(), pod.cy()}, routed.get(5), 0.001);
        List<double[]> noRule = layout.path(null, "");
        assertEquals(2, noRule.size());
        assertArrayEquals(new double[] {layout.ingress.x(), layout.client.cy()}, noRule.get(1), 0.001);
    }
}
