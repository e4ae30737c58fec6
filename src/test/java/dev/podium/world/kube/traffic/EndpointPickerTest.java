package dev.podium.world.kube.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.engine.RandomStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointPickerTest {

    @Test
    void iptablesRuleProbabilitiesAreOneOverRemaining() {
        assertEquals(0.25, EndpointPicker.ruleProbability(0, 4), 1e-12);
        assertEquals(1.0 / 3, EndpointPicker.ruleProbability(1, 4), 1e-12);
        assertEquals(0.5, EndpointPicker.ruleProbability(2, 4), 1e-12);
        assertEquals(1.0, EndpointPicker.ruleProbability(3, 4), 1e-12);
    }

    /**
     * Chi-square goodness of fit against 1/n each: n = 5, 50,000 picks, 4 degrees of freedom; the 0.999 quantile is
     * 18.47. A picker that weighted the first rule by 1/n without the chain (so later endpoints got more) fails.
     */
    @Test
    void iptablesChainGivesEveryEndpointOneInNChiSquare() {
        int n = 5;
        int draws = 50_000;
        long[] counts = new long[n];
        RandomStream random = new RandomStream(42);
        for (int i = 0; i < draws; i++) {
            counts[EndpointPicker.iptables(n, random)]++;
        }
        double expected = (double) draws / n;
        double chi2 = 0;
        for (long c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        assertTrue(chi2 < 18.47, "chi-square " + chi2 + " for counts " + java.util.Arrays.toString(counts));
    }

    @Test
    void aSingleEndpointTakesEverything() {
        RandomStream random = new RandomStream(1);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, EndpointPicker.iptables(1, random));
        }
    }

    @Test
    void ipvsRoundRobinVisitsEndpointsInTurn() {
        List<String> endpoints = List.of("a", "b", "c");
        List<String> picked = new ArrayList<>();
        for (long cursor = 0; cursor < 7; cursor++) {
            picked.add(EndpointPicker.pick(endpoints, "ipvs", new RandomStream(cursor), cursor));
        }
        assertEquals(List.of("a", "b", "c", "a", "b", "c", "a"), picked);
    }

    @Test
    void kubeProxyIgnoresAnOlderChangeArrivingLate() {
        KubeProxy proxy = new KubeProxy("node-1", "ipvs", new RandomStream(3));
        assertTrue(proxy.program("default/web", List.of("default/a", "default/b"), 2));
        assertEquals(false, proxy.program("default/web", List.of("default/a"), 1));
        assertEquals("default/a", proxy.pick("default/web"));
        assertEquals("default/b", proxy.pick("default/web"));
        assertEquals(null, proxy.pick("default/other"));
    }
}
