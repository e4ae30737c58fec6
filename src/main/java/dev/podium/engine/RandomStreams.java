package dev.podium.engine;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out one {@link RandomStream} per component, each seeded from the run's seed and a stable
 * hash of the component's name. Adding a component never perturbs the numbers another one draws.
 * Not thread-safe.
 */
public final class RandomStreams {
    private final long seed;
    private final Map<String, RandomStream> streams = new HashMap<>();

    /** Streams derived from {@code seed}. */
    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The stream for {@code componentName}, created on first use. */
    public RandomStream stream(String componentName) {
        return streams.computeIfAbsent(componentName, name -> new RandomStream(streamSeed(seed, name)));
    }

    /** The seed of one named stream: a fixed function of the run seed and the name's UTF-8 bytes. */
    public static long streamSeed(long seed, String componentName) {
        long h = 0xcbf29ce484222325L; // FNV-1a 64-bit offset basis
        for (byte b : componentName.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return RandomStream.mix64(seed ^ RandomStream.mix64(h));
    }
}
