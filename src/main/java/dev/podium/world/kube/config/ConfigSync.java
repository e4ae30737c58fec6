package dev.podium.world.kube.config;

import dev.podium.engine.RandomStream;
import dev.podium.world.kube.spec.ConfigUse;
import java.util.List;

/**
 * When a kubelet makes a ConfigMap or Secret update visible in a pod, and which kind of consumer ever sees it.
 *
 * <p>A configMap or secret <em>volume</em> is rewritten at the pod's next periodic sync after the update: the
 * kubelet syncs each pod every {@code syncFrequency} (1 min, shared/reference/kubernetes.md §kubelet), and each pod's
 * syncs fall at its own phase within that minute, drawn once from the seed and the pod's key so that runs are
 * repeatable. The kubelet's object cache follows a watch (the default change-detection strategy), so its own delay
 * is taken as zero here; the wait is therefore between 0 and 1 min. Environment variables ({@code env},
 * {@code envFrom}) and {@code subPath} mounts are filled once when the container starts and never refreshed: the
 * container sees the old value until it is restarted. Stateless apart from the seed; thread-safe.
 */
public final class ConfigSync {
    /** The kubelet's {@code syncFrequency}: 1 minute. */
    public static final long SYNC_FREQUENCY_NANOS = 60_000_000_000L;

    private final long seed;

    public ConfigSync(long seed) {
        this.seed = seed;
    }

    /** The offset of the pod's periodic syncs within each sync period, in [0, 1 min). */
    public long phaseNanos(String podKey) {
        long mixed = seed * 0x9E3779B97F4A7C15L + podKey.hashCode();
        return (long) (new RandomStream(mixed).nextDouble() * SYNC_FREQUENCY_NANOS);
    }

    /** The first sync of the pod strictly after {@code updateNanos}: when its volumes show the update. */
    public long volumeRefreshNanos(String podKey, long updateNanos) {
        long phase = phaseNanos(podKey);
        if (updateNanos < phase) {
            return phase;
        }
        long periods = (updateNanos - phase) / SYNC_FREQUENCY_NANOS + 1;
        return phase + periods * SYNC_FREQUENCY_NANOS;
    }

    /**
     * The version a consumer in the pod's container holds at {@code nowNanos}: versions are numbered 1 (as created)
     * upwards, version {@code i + 2} written at {@code updateNanos.get(i)} (in time order); the container started
     * at {@code startNanos}. ENV and SUB_PATH hold the version current at the start; VOLUME the newest version
     * whose refresh has happened by {@code nowNanos}.
     */
    public int versionHeld(ConfigUse consumer, String podKey, List<Long> updateNanos, long startNanos,
            long nowNanos) {
        int version = 1;
        for (int i = 0; i < updateNanos.size(); i++) {
            long written = updateNanos.get(i);
            boolean seen = written <= startNanos
                    || consumer.refreshed() && volumeRefreshNanos(podKey, written) <= nowNanos;
            if (seen) {
                version = i + 2;
            }
        }
        return version;
    }
}
