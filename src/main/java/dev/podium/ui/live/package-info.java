/**
 * Live cluster mode's UI: the Connect dialog ({@link dev.podium.ui.live.ConnectDialog}) and its view model
 * ({@link dev.podium.ui.live.ConnectModel}), which pick a kubeconfig context, a namespace scope and whether changes
 * are allowed, and hand back a {@link dev.podium.ui.live.ConnectChoice}; the live source of the player
 * ({@link dev.podium.ui.live.LivePlayback}); the live bar and the connect, disconnect and change commands, which
 * reach the window only through {@link dev.podium.ui.live.LiveHost}. Uses the {@code live} package's own types only,
 * never fabric8's.
 */
package dev.podium.ui.live;
