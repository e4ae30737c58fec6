/**
 * The Kubernetes world's scenario side: its descriptor ({@link dev.podium.scenario.kube.KubeWorld}), its binding
 * into a run, its verbs, its parameters, the readers of standard Kubernetes manifests (inline {@code manifests} and
 * {@code manifestFiles} beside the scenario) with {@code file:line:column} errors, the CLI summary and benchmark,
 * and {@link dev.podium.scenario.kube.ForkedScenario}, which writes a projected cluster (live or recorded) as a
 * scenario so that it can continue as a simulation.
 *
 * <p>May import {@code dev.podium.scenario}, {@code dev.podium.world.kube}, the engine and the timeline. Stateless or
 * one instance per read; any thread.
 */
package dev.podium.scenario.kube;
