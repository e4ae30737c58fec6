/** The scheduler's preemption events: a preemptor nominated to a node, and the victims it evicts there. */
package dev.podium.world.kube.sched.event;
