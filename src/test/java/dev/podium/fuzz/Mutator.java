package dev.podium.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of real inputs, for the parser fuzz tests: each mutant is a seed input with a few edits taken
 * from what breaks parsers (bytes flipped, lines cut, duplicated or swapped, YAML/JSON punctuation inserted,
 * numbers made huge or negative, indentation shifted, text truncated, tokens from another seed spliced in). The
 * same seed gives the same mutants. How many per test: {@code -Dpodium.fuzz.iterations} (default 300, a few
 * seconds in {@code mvn verify}); the seed: {@code -Dpodium.fuzz.seed} (default 20261204).
 */
public final class Mutator {
    private static final String[] PIECES = {":", ": ", "- ", "{", "}", "[", "]", ",", "\"", "'", "&a ", "*a", "!!str ",
        "\n", "\n  ", "\t", "#", "---\n", "...", "|", ">", "?", "%YAML 1.2\n", "null", "~", "true", "-1", "0",
        "99999999999999999999", "1e309", "NaN", "\\u0000", "\u0000", "\uFEFF", "\uD800", "é", "讲台", "\r\n", "<<: *a",
        "{\"t\":", "\"type\":", "}\n", "[[[[[[[[", "]]]]]]]]", "apiVersion: v1", "kind: Pod", "metadata: {}"};

    private final SplittableRandom random;
    private final List<String> seeds;

    /** Mutants of {@code seeds}, from {@code seed}. */
    public Mutator(long seed, List<String> seeds) {
        this.random = new SplittableRandom(seed);
        this.seeds = List.copyOf(seeds);
    }

    /** How many mutants a fuzz test tries. */
    public static int iterations() {
        return Integer.getInteger("podium.fuzz.iterations", 300);
    }

    /** The fuzzing seed. */
    public static long seed() {
        return Long.getLong("podium.fuzz.seed", 20261204L);
    }

    /** The next mutant. */
    public String next() {
        StringBuilder s = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            mutate(s);
        }
        return s.toString();
    }

    private void mutate(StringBuilder s) {
        int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
        switch (random.nextInt(9)) {
            case 0 -> s.insert(at, PIECES[random.nextInt(PIECES.length)]);
            case 1 -> { // delete a run
                int end = Math.min(s.length(), at + 1 + random.nextInt(12));
                s.delete(Math.min(at, end), end);
            }
            case 2 -> { // flip a character
                if (s.length() > 0) {
                    int i = Math.min(at, s.length() - 1);
                    s.setCharAt(i, (char) (s.charAt(i) ^ (1 << random.nextInt(7))));
                }
            }
            case 3 -> s.setLength(at); // truncate
            case 4 -> { // duplicate a line
                int start = s.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                int end = s.indexOf("\n", at);
                end = end < 0 ? s.length() : end + 1;
                if (start < end) {
                    s.insert(start, s.substring(start, end));
                }
            }
            case 5 -> { // shift indentation of a line
                int start = s.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                s.insert(start, random.nextBoolean() ? "  " : " ");
            }
            case 6 -> { // a number made extreme
                for (int i = at; i < s.length(); i++) {
                    if (Character.isDigit(s.charAt(i))) {
                        s.insert(i, random.nextBoolean() ? "-" : "9999999999");
                        break;
                    }
                }
            }
            case 7 -> { // splice in a piece of another seed
                String other = seeds.get(random.nextInt(seeds.size()));
                if (!other.isEmpty()) {
                    int from = random.nextInt(other.length());
                    s.insert(at, other, from, Math.min(other.length(), from + 1 + random.nextInt(80)));
                }
            }
            default -> { // swap two lines
                String[] lines = s.toString().split("\n", -1);
                if (lines.length > 2) {
                    int a = random.nextInt(lines.length);
                    int b = random.nextInt(lines.length);
                    String t = lines[a];
                    lines[a] = lines[b];
                    lines[b] = t;
                    s.setLength(0);
                    s.append(String.join("\n", lines));
                }
            }
        }
    }
}
