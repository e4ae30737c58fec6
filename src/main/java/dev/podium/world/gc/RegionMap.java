package dev.podium.world.gc;

/**
 * The region table as text, run-length encoded from region 0 upward: a kind's letter ({@link RegionKind}) and a
 * count, repeated, such as {@code O37F1987S4E20}. A 2,048-region heap fits in a few dozen characters, so every
 * pause can carry the whole table in its event. Stateless.
 */
public final class RegionMap {
    private RegionMap() {
    }

    /** {@code kinds} encoded. */
    public static String encode(RegionKind[] kinds) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < kinds.length) {
            int j = i;
            while (j < kinds.length && kinds[j] == kinds[i]) {
                j++;
            }
            out.append(kinds[i].letter()).append(j - i);
            i = j;
        }
        return out.toString();
    }

    /** {@code map} decoded into {@code into}, which must have exactly as many regions as the map. */
    public static void decode(String map, RegionKind[] into) {
        int region = 0;
        int i = 0;
        while (i < map.length()) {
            RegionKind kind = RegionKind.ofLetter(map.charAt(i++));
            int start = i;
            while (i < map.length() && Character.isDigit(map.charAt(i))) {
                i++;
            }
            int count = Integer.parseInt(map.substring(start, i));
            if (region + count > into.length) {
                throw new IllegalArgumentException("region map longer than " + into.length + " regions: " + map);
            }
            for (int k = 0; k < count; k++) {
                into[region++] = kind;
            }
        }
        if (region != into.length) {
            throw new IllegalArgumentException("region map has " + region + " regions, expected " + into.length);
        }
    }
}
