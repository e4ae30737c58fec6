/**
 * The Kubernetes world's events ({@link dev.podium.world.kube.event.KubeEvent} and its records): what
 * views, recordings and the projection see of the simulated (or live) cluster.
 */
package dev.podium.world.kube.event;
