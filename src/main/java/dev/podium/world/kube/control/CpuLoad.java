package dev.podium.world.kube.control;

import java.util.HashMap;

/**
 * The simulated CPU usage of each Deployment's pods, set by scenarios ({@code setLoad}); what metrics-server
 * would report. Either a fixed usage per pod, or a total demand shared evenly by the ready pods (so scaling out
 * lowers each pod's usage and the HPA converges). Default: 0. Usage is known at once (no 15 s scrape lag).
 */
public final class CpuLoad {
    private final HashMap<String, long[]> byDeployment = new HashMap<>();

    /** Each ready pod of the Deployment uses {@code milliCpu}. */
    public void setPerPod(String deploymentKey, long milliCpu) {
        byDeployment.put(deploymentKey, new long[] {0, milliCpu});
    }

    /** The ready pods share {@code milliCpu} evenly. */
    public void setTotal(String deploymentKey, long milliCpu) {
        byDeployment.put(deploymentKey, new long[] {1, milliCpu});
    }

    /** The usage of one ready pod of the Deployment when {@code readyPods} are ready. */
    public long perPod(String deploymentKey, int readyPods) {
        long[] v = byDeployment.get(deploymentKey);
        if (v == null) {
            return 0;
        }
        return v[0] == 0 ? v[1] : v[1] / Math.max(1, readyPods);
    }
}
