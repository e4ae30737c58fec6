package dev.podium.world.kube.control;

import dev.podium.engine.RandomStream;
import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.PodTemplate;

/**
 * Generated names as Kubernetes makes them: the pod-template-hash (FNV-1a 32 of the template, encoded with
 * apimachinery's SafeEncodeString alphabet, which has no vowels) and generateName's 5-character suffix.
 */
public final class Names {
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    private Names() {
    }

    /** The pod-template-hash of a template (deterministic: only the template's content goes in). */
    public static String templateHash(PodTemplate template) {
        StringBuilder sb = new StringBuilder();
        sb.append(template.labels());
        for (ContainerSpec c : template.spec().containers()) {
            sb.append('|').append(c.name()).append('=').append(c.image()).append('/').append(c.requests());
        }
        for (ContainerSpec c : template.spec().initContainers()) {
            sb.append("|init:").append(c.name()).append('=').append(c.image());
        }
        sb.append('|').append(template.spec().nodeSelector()).append(template.spec().tolerations());
        if (!template.annotations().isEmpty()) {
            sb.append("|annotations:").append(template.annotations()); // absent before annotations were read
        }
        if (!template.spec().scheduling().isEmpty()) {
            sb.append('|').append(template.spec().scheduling());
        }
        int h = 0x811c9dc5;
        for (int i = 0; i < sb.length(); i++) {
            h ^= sb.charAt(i) & 0xff;
            h *= 0x01000193;
        }
        String digits = Long.toString(h & 0xffffffffL);
        StringBuilder out = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            out.append(ALPHABET.charAt(digits.charAt(i) % ALPHABET.length()));
        }
        return out.toString();
    }

    /** A 5-character generateName suffix. */
    public static String suffix(RandomStream random) {
        char[] c = new char[5];
        for (int i = 0; i < 5; i++) {
            c[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(c);
    }
}
