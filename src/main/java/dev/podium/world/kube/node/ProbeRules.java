package dev.podium.world.kube.node;

import dev.podium.world.kube.Glob;
import java.util.ArrayList;
import java.util.List;

/**
 * Which probes fail: rules set by actions ({@code failLiveness(podPattern, container)}), matched by a glob on the pod's
 * {@code namespace/name} key or on its name alone
 * and container name ({@code *} for any), for {@code liveness}, {@code readiness} or {@code startup}. A rule
 * applies to pods created later too, so a Deployment's replacement pods keep failing: a CrashLoopBackOff
 * scenario. Without a rule every probe succeeds. Read by the cluster's {@link ScriptedBehaviour}; kernel thread only.
 */
public final class ProbeRules {
    private record Rule(String podPattern, String container, String probe, boolean fail) {
    }

    private final List<Rule> rules = new ArrayList<>();

    /** Makes matching probes fail ({@code fail} true) or succeed again (false); the newest rule wins. */
    public void set(String podPattern, String container, String probe, boolean fail) {
        rules.add(new Rule(podPattern, container, probe, fail));
    }

    /** True if the probe of this pod's container currently fails. */
    public boolean fails(String podKey, String container, String probe) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            Rule r = rules.get(i);
            if (r.probe().equals(probe) && ("*".equals(r.container()) || r.container().equals(container))
                    && (Glob.matches(r.podPattern(), podKey) || Glob.matches(r.podPattern(), name(podKey)))) {
                return r.fail();
            }
        }
        return false;
    }

    /** The name part of a {@code namespace/name} key: patterns match either, as the cluster's actions do. */
    private static String name(String podKey) {
        return podKey.substring(podKey.indexOf('/') + 1);
    }
}
