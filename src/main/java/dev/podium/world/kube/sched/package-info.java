/**
 * kube-scheduler, simulated: its informers, the scheduling queue (activeQ, backoffQ, unschedulablePods), one
 * scheduling cycle at a time with filter and score over a sample of nodes, assume, and asynchronous binding.
 */
package dev.podium.world.kube.sched;
