/**
 * fabric8 informers turned into Kubernetes-world events. {@link dev.podium.live.informer.LiveSession} watches a
 * {@link dev.podium.live.kubeconfig.LiveConnection} with one SharedIndexInformer per kind; each informer's handler
 * ({@code ObjectTracker}) turns every callback into a compact record (only what the projection needs, nothing
 * secret), diffs it against the one it holds ({@code KindDiffer}, one per kind) and publishes the resulting events,
 * and the pipeline events of the informer itself, on a thread-safe queue, which the FX loop (or
 * {@code podium record}) drains into a timeline. Every watched kind's removal (a delete callback, or an object gone
 * at a relist) becomes its {@code *Deleted} event. {@link dev.podium.live.informer.LiveStatus} says how each
 * informer is doing ({@link dev.podium.live.informer.InformerStatus}).
 *
 * <p>The top of the live packages, with {@code dev.podium.live.connection} beside it: it may use
 * {@code dev.podium.live.kubeconfig}, {@code dev.podium.live.guard} and {@code dev.podium.live.log}, the timeline and
 * the Kubernetes world.
 */
package dev.podium.live.informer;
