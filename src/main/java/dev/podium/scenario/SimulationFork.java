package dev.podium.scenario;

import java.util.Objects;

/**
 * A world taken from a timeline that is not a simulation (a live cluster, a recording) at one time, written as a
 * scenario to simulate on: the scenario file's text, the scenario it loads as, and one line saying what it holds
 * (for the CLI). Immutable.
 */
public record SimulationFork(String yaml, Scenario scenario, String summary) {
    public SimulationFork {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(summary, "summary");
    }
}
