/**
 * What a Kubernetes manifest says, as immutable records: the desired state the simulator starts
 * from, and the contract between the manifest reader (in {@code dev.podium.scenario}) and the
 * Kubernetes world. Only the fields the simulator uses; defaults are applied by the reader, as the
 * API server would (see shared/reference/kubernetes.md).
 *
 * <p>Quantities are integers: CPU in millicores, memory in bytes, durations in nanoseconds.
 */
package dev.podium.world.kube.spec;
