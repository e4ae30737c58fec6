package dev.podium.scenario.kube;

import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.IngressManifest;
import dev.podium.world.kube.spec.IngressManifest.IngressPath;
import dev.podium.world.kube.spec.IngressManifest.IngressRule;
import dev.podium.world.kube.spec.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads networking.k8s.io/v1 Ingresses: {@code spec.ingressClassName}, {@code spec.defaultBackend} and
 * {@code spec.rules[].host} with {@code http.paths[]} ({@code path}, {@code pathType} Exact, Prefix or
 * ImplementationSpecific, {@code backend.service.name} and {@code port.number}). As the API server validates: a path
 * starts with {@code /}, pathType is required, a host is a DNS name with at most a leading {@code *.} wildcard, and an
 * Ingress needs a default backend or at least one rule. A backend by port name or a {@code resource} backend is a
 * problem (Podium routes to Service ports by number). TLS and annotations are ignored. Not thread-safe.
 */
final class IngressReader {
    static final List<String> PATH_TYPES = List.of("Exact", "Prefix", "ImplementationSpecific");
    private static final Pattern HOST = Pattern.compile(
            "(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private final ManifestFields f;

    IngressReader(ManifestFields fields) {
        this.f = fields;
    }

    /** An Ingress, or null after problems. */
    IngressManifest ingress(YamlNode.Mapping doc, ObjectMeta meta) {
        YamlNode.Mapping spec = f.requiredMap(doc, "spec", "spec", "a spec with rules or a defaultBackend");
        if (spec == null) {
            return null;
        }
        String className = f.string(spec, "ingressClassName", "spec.ingressClassName", "");
        YamlNode.Mapping defaultBackend = f.optionalMap(spec, "defaultBackend", "spec.defaultBackend");
        Backend fallback = defaultBackend == null ? null : backend(defaultBackend, "spec.defaultBackend");
        List<YamlNode> items = f.optionalList(spec, "rules", "spec.rules",
                "[{host: shop.example.com, http: {paths: [...]}}]");
        List<IngressRule> rules = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            IngressRule rule = rule(items.get(i), "spec.rules[" + i + "]");
            if (rule != null) {
                rules.add(rule);
            }
        }
        if (defaultBackend == null && (items == null || items.isEmpty())) {
            f.problem(spec.where(), "spec: an Ingress needs rules or a defaultBackend");
        }
        if (meta == null || f.hasProblems()) {
            return null;
        }
        return new IngressManifest(meta, className, rules, fallback == null ? "" : fallback.service,
                fallback == null ? 0 : fallback.port);
    }

    private IngressRule rule(YamlNode item, String path) {
        YamlNode.Mapping rule = f.mapping(path, item);
        if (rule == null) {
            return null;
        }
        String host = f.string(rule, "host", path + ".host", "");
        if (!host.isEmpty() && (host.length() > 253 || !HOST.matcher(host).matches())) {
            f.problem(ManifestFields.field(rule, "host").where(), path + ".host: '" + host + "' is not a valid host; "
                    + "use a DNS name such as shop.example.com, optionally with a leading '*.' (no port, no IP)");
        }
        YamlNode.Mapping http = f.requiredMap(rule, "http", path + ".http", "{paths: [{path: /, pathType: Prefix, "
                + "backend: ...}]}");
        List<YamlNode> items = http == null ? null : f.optionalList(http, "paths", path + ".http.paths",
                "[{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]");
        if (http != null && items != null && items.isEmpty()) {
            f.missing(http, path + ".http.paths", "at least one path");
        }
        List<IngressPath> paths = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            IngressPath p = path(items.get(i), path + ".http.paths[" + i + "]");
            if (p != null) {
                paths.add(p);
            }
        }
        return new IngressRule(host, paths);
    }

    private IngressPath path(YamlNode item, String path) {
        YamlNode.Mapping p = f.mapping(path, item);
        if (p == null) {
            return null;
        }
        String pathType = null;
        if (ManifestFields.field(p, "pathType") == null) {
            f.missing(p, path + ".pathType", "one of " + String.join(", ", PATH_TYPES));
        } else {
            pathType = f.oneOf(p, "pathType", path + ".pathType", PATH_TYPES, null);
        }
        String value = f.string(p, "path", path + ".path", "/");
        if (!value.startsWith("/")) {
            f.problem(ManifestFields.field(p, "path").where(), path + ".path: '" + value + "' must start with '/'");
        }
        YamlNode.Mapping backend = f.requiredMap(p, "backend", path + ".backend",
                "{service: {name: web, port: {number: 80}}}");
        Backend b = backend == null ? null : backend(backend, path + ".backend");
        if (pathType == null || b == null || !value.startsWith("/")) {
            return null;
        }
        return new IngressPath(value, pathType, b.service, b.port);
    }

    private Backend backend(YamlNode.Mapping backend, String path) {
        if (ManifestFields.field(backend, "resource") != null) {
            f.problem(ManifestFields.field(backend, "resource").where(), path + ".resource: resource backends are "
                    + "not supported; route to a Service");
            return null;
        }
        YamlNode.Mapping service = f.requiredMap(backend, "service", path + ".service",
                "{name: web, port: {number: 80}}");
        if (service == null) {
            return null;
        }
        String name = f.requiredString(service, "name", path + ".service.name", "a Service name such as web");
        YamlNode.Mapping port = f.requiredMap(service, "port", path + ".service.port", "{number: 80}");
        int number = 0;
        if (port != null && ManifestFields.field(port, "number") == null) {
            if (ManifestFields.field(port, "name") != null) {
                f.problem(ManifestFields.field(port, "name").where(), path + ".service.port.name: ports by name are "
                        + "not supported; give port.number");
            } else {
                f.missing(port, path + ".service.port.number", "a number from 1 to 65535");
            }
        } else if (port != null) {
            number = f.wholeNumber(port, "number", path + ".service.port.number", 0, 1, 65535);
        }
        if (name != null) {
            f.checkName(name, ManifestFields.field(service, "name"), path + ".service.name", true);
        }
        return name == null || number == 0 ? null : new Backend(name, number);
    }

    private record Backend(String service, int port) {
    }
}
