/**
 * Workload controllers beyond Deployments: the StatefulSet (stable names, OrderedReady or Parallel) with its API
 * object, the events its changes emit, and its part of the folded state. Present in a run only when the manifests
 * hold such a kind.
 */
package dev.podium.world.kube.workload;
