package dev.podium.scenario.kube;

import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.Suggestions;
import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.PriorityClassManifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Priority admission check: a pod (or pod template) whose {@code priorityClassName} names no PriorityClass of
 * the manifests nor a built-in one is rejected, as the API server rejects it ("no PriorityClass with name ... was
 * found"). Collects the names where they are written ({@code spec.priorityClassName} and
 * {@code spec.template.spec.priorityClassName}) and checks them once every object is read. Not thread-safe.
 */
final class PriorityClassRefs {
    /** The API server's own classes (scheduling.SystemPriorityClasses). */
    static final Set<String> BUILT_IN = Set.of("system-cluster-critical", "system-node-critical");

    private record Ref(String name, YamlNode where) {
    }

    private final List<Ref> refs = new ArrayList<>();

    /** Notes the class names {@code object} refers to. */
    void collect(YamlNode.Mapping object) {
        YamlNode.Mapping spec = map(object, "spec");
        note(spec);
        note(map(map(spec, "template"), "spec"));
    }

    private void note(YamlNode.Mapping podSpec) {
        if (ManifestFields.field(podSpec, "priorityClassName") instanceof YamlNode.Scalar s && s.text() != null
                && !s.text().isEmpty()) {
            refs.add(new Ref(s.text(), s));
        }
    }

    private static YamlNode.Mapping map(YamlNode.Mapping parent, String key) {
        return ManifestFields.field(parent, key) instanceof YamlNode.Mapping m ? m : null;
    }

    /** Adds a problem for each name that no class in {@code objects} has. */
    void check(List<KubeManifest> objects, List<ScenarioProblem> problems) {
        List<String> known = new ArrayList<>(BUILT_IN);
        objects.stream().filter(o -> o instanceof PriorityClassManifest).forEach(o -> known.add(o.meta().name()));
        for (Ref r : refs) {
            if (!known.contains(r.name())) {
                problems.add(new ScenarioProblem(r.where().where(), "priorityClassName: no PriorityClass with name "
                        + r.name() + " was found" + Suggestions.didYouMean(r.name(), known)
                        + "; add a scheduling.k8s.io/v1 PriorityClass to the manifests"));
            }
        }
    }
}
