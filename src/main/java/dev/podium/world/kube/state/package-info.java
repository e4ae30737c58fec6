/**
 * What views see of the Kubernetes world: {@link dev.podium.world.kube.state.KubeState}, folded from events by
 * {@link dev.podium.world.kube.state.KubeProjection}, with structural sharing so a checkpoint of 150,000 pods costs
 * a few thousand references.
 */
package dev.podium.world.kube.state;
