/** The events of custom resources, operators and the garbage collector in the Kubernetes world. */
package dev.podium.world.kube.custom.event;
