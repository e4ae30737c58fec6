/** The events of StatefulSets (and later DaemonSets and Jobs): created, scaled, status, deleted. */
package dev.podium.world.kube.workload.event;
