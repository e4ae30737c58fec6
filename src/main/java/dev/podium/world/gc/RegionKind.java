package dev.podium.world.gc;

/** What a heap region holds, with the letter {@link RegionMap} writes for it. */
public enum RegionKind {
    FREE('F'), EDEN('E'), SURVIVOR('S'), OLD('O'), HUMONGOUS('H');

    private final char letter;

    RegionKind(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /** The kind written as {@code letter}. */
    public static RegionKind ofLetter(char letter) {
        for (RegionKind kind : values()) {
            if (kind.letter == letter) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no region kind '" + letter + "'");
    }
}
