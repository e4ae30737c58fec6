/**
 * kube-controller-manager, simulated: shared informers, and the ReplicaSet, Deployment, HPA, endpoints, node
 * lifecycle and taint-eviction controllers, each following the upstream algorithm named in its Javadoc.
 */
package dev.podium.world.kube.control;
