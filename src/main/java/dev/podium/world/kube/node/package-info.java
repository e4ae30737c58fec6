/**
 * The kubelet, one per node: image pulls, container starts, probe workers, crash-loop back-off, status updates,
 * graceful termination and the node lease.
 */
package dev.podium.world.kube.node;
