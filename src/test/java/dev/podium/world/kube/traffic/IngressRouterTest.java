package dev.podium.world.kube.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.spec.IngressManifest;
import dev.podium.world.kube.spec.IngressManifest.IngressPath;
import dev.podium.world.kube.spec.IngressManifest.IngressRule;
import dev.podium.world.kube.spec.ObjectMeta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngressRouterTest {
    private static IngressManifest ingress(String name, String defaultService, IngressRule... rules) {
        return new IngressManifest(new ObjectMeta("default", name, Map.of()), "nginx", List.of(rules),
                defaultService, defaultService.isEmpty() ? 0 : 80);
    }

    private static IngressPath path(String path, String type, String service) {
        return new IngressPath(path, type, service, 80);
    }

    private static String service(IngressRouter router, String host, String path) {
        IngressRouter.Route r = router.route(host, path);
        return r == null ? "404" : r.service().substring("default/".length());
    }

    @Test
    void prefixMatchesWholePathElementsOnly() {
        assertTrue(IngressRouter.prefixMatches("/foo", "/foo"));
        assertTrue(IngressRouter.prefixMatches("/foo", "/foo/"));
        assertTrue(IngressRouter.prefixMatches("/foo/", "/foo"));
        assertTrue(IngressRouter.prefixMatches("/foo", "/foo/bar"));
        assertFalse(IngressRouter.prefixMatches("/foo", "/foobar"));
        assertTrue(IngressRouter.prefixMatches("/", "/anything"));
        assertFalse(IngressRouter.prefixMatches("/aaa/bb", "/aaa/bbb"));
    }

    @Test
    void longestPathWinsAndExactBeatsPrefixAtEqualLength() {
        IngressRouter router = new IngressRouter(List.of(ingress("shop", "", new IngressRule("shop.example.com",
                List.of(path("/", "Prefix", "web"), path("/api", "Prefix", "api"), path("/api", "Exact", "exact"),
                        path("/api/v2", "Prefix", "v2"))))));
        assertEquals("web", service(router, "shop.example.com", "/"));
        assertEquals("web", service(router, "shop.example.com", "/apidocs"));
        assertEquals("exact", service(router, "shop.example.com", "/api"));
        assertEquals("api", service(router, "shop.example.com", "/api/orders"));
        assertEquals("v2", service(router, "shop.example.com", "/api/v2/orders"));
        assertEquals("404", service(router, "other.example.com", "/"));
    }

    @Test
    void exactMatchesOnlyThePathItself() {
        IngressRouter router = new IngressRouter(List.of(ingress("admin", "", new IngressRule("admin.example.com",
                List.of(path("/status", "Exact", "api"))))));
        assertEquals("api", service(router, "admin.example.com", "/status"));
        assertEquals("404", service(router, "admin.example.com", "/status/db"));
        assertEquals("404", service(router, "admin.example.com", "/status/"));
    }

    @Test
    void preciseHostBeatsWildcardWhichCoversOneLabelAndBeatsNoHost() {
        IngressRouter router = new IngressRouter(List.of(ingress("a", "", new IngressRule("", List.of(
                path("/", "Prefix", "any"))), new IngressRule("*.example.com", List.of(path("/", "Prefix", "wild"))),
                new IngressRule("shop.example.com", List.of(path("/", "Prefix", "shop"))))));
        assertEquals("shop", service(router, "shop.example.com", "/x"));
        assertEquals("wild", service(router, "blog.example.com", "/x"));
        assertEquals("any", service(router, "a.b.example.com", "/x"));
        assertEquals("any", service(router, "example.com", "/x"));
    }

    @Test
    void defaultBackendTakesWhatNoRuleMatches() {
        IngressRouter router = new IngressRouter(List.of(ingress("b", "fallback", new IngressRule("shop.example.com",
                List.of(path("/api", "Prefix", "api"))))));
        assertEquals("api", service(router, "shop.example.com", "/api"));
        assertEquals("fallback", service(router, "shop.example.com", "/"));
        IngressRouter.Route r = router.route("x.example.com", "/");
        assertEquals("default", r.pathType());
        assertNull(new IngressRouter(List.of()).route("x", "/"));
    }
}
