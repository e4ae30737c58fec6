/**
 * The proof world: customers arrive, wait in a FIFO queue, are served by one or more servers and
 * leave. Small enough to check against queueing theory (M/M/1 mean wait ρ/(μ−λ)), and the idea
 * under every Kubernetes workqueue and Go buffered channel.
 *
 * <p>May import the engine and the timeline only.
 */
package dev.podium.world.queue;
