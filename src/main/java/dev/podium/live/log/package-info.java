/**
 * How live code speaks without leaking a credential: {@link dev.podium.live.log.Redactor} scrubs secrets out of
 * every text that is logged, shown, recorded or put in an exception message; {@link dev.podium.live.log.LiveLog} is
 * the one way live code logs (formatted, then scrubbed; throwables as one scrubbed line); and
 * {@link dev.podium.live.log.ApiErrors} reads a fabric8 failure as the HTTP status and a redacted one-line summary.
 *
 * <p>The bottom of the live packages: it imports nothing else of ours, and every other live package may use it.
 */
package dev.podium.live.log;
