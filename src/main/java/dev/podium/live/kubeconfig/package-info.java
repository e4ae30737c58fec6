/**
 * From kubeconfig files to a guarded fabric8 client. {@link dev.podium.live.kubeconfig.KubeconfigFiles} finds the
 * files as kubectl does and {@link dev.podium.live.kubeconfig.Kubeconfig} merges them and resolves a context (an
 * unknown name is an error, never fabric8's silent fallback), with file:line:column messages
 * ({@link dev.podium.live.kubeconfig.LiveConfigException}); {@link dev.podium.live.kubeconfig.ContextInfo} is what a
 * chooser may show of a context, nothing secret. Credentials come from the kubeconfig user: tokens, client
 * certificates, or exec plugins run on the login-shell PATH with a timeout
 * ({@link dev.podium.live.kubeconfig.ExecCredentialPlugin}, {@link dev.podium.live.kubeconfig.LoginShellPath}).
 * {@link dev.podium.live.kubeconfig.ClientFactory} builds the fabric8 client from the resolved context, with our
 * credentials interceptor and a read-only guard, as a {@link dev.podium.live.kubeconfig.LiveConnection}.
 *
 * <p>The client factory and the connection live here, not in a package of their own, because the resolved context,
 * cluster and user hold credentials and never leave this package. It may use {@code dev.podium.live.guard} and
 * {@code dev.podium.live.log}.
 */
package dev.podium.live.kubeconfig;
