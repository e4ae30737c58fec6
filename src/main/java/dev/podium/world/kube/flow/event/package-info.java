/** The events of the kube world's client side: throttling, API Priority and Fairness, leader election. */
package dev.podium.world.kube.flow.event;
