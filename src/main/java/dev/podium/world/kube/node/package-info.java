/**
 * The kubelet, one per node: image pulls, container starts, probe workers, crash-loop back-off, status updates,
 * graceful termination and the node lease. What runs inside a container is a {@link
 * dev.podium.world.kube.node.ContainerBehaviour}: the cluster's scripted one, plus any another world provides.
 */
package dev.podium.world.kube.node;
