/**
 * The Go runtime world's runtime: goroutines (G) run by simulated threads (M) on processors (P), the scheduler of
 * proc.go, channels (hchan), select, sync primitives on semaphores, timers and contexts, on the engine's kernel.
 *
 * <p>The contract with the code a goroutine runs is {@link dev.podium.world.goruntime.rt.GoBody}: the interpreter
 * (package {@code exec}) runs a goroutine's instructions and, whenever the goroutine needs the runtime (a channel
 * operation, a lock, a sleep, a {@code go} statement, output), stops and hands back an {@link
 * dev.podium.world.goruntime.rt.Op} with the CPU time it used until then. The runtime performs the operation at
 * the simulated time it is due, parks or continues the goroutine, and passes the operation's result to the next
 * {@link dev.podium.world.goruntime.rt.GoBody#resume}. No Java thread per goroutine.
 *
 * <p>{@link dev.podium.world.goruntime.rt.GoRuntime} runs a {@link dev.podium.world.goruntime.rt.GoProgram} on the
 * engine's kernel with {@link dev.podium.world.goruntime.rt.GoParams} and emits the world's events (package {@code
 * event}); {@link dev.podium.world.goruntime.rt.GoRunResult} is what a shell would see. docs/goruntime-fidelity.md
 * lists what it follows from Go 1.23 and where it simplifies.
 */
package dev.podium.world.goruntime.rt;
