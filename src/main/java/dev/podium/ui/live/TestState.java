package dev.podium.ui.live;

/** Where the Connect dialog's "test connection" stands. */
public enum TestState {
    /** Not tested since the selection last changed. */
    IDLE,
    /** A test is running off the FX thread. */
    TESTING,
    /** The server answered and pods can be listed. */
    OK,
    /** The test failed; the message says why. */
    FAILED
}
