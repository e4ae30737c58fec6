package dev.podium.cli;

/** PLACEHOLDER: the CLI is being written. */
public final class PodiumCli {
    private PodiumCli() {
    }

    public static int run(String[] args) {
        System.err.println("not yet");
        return 2;
    }
}
