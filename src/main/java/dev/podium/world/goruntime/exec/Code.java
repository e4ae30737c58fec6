package dev.podium.world.goruntime.exec;

/**
 * One compiled function: its instructions with the source line of each, its frame layout (parameters first,
 * then other locals, then the operand stack) and where its epilogue (deferred calls, then return) starts.
 */
final class Code {
    final String name;
    Ins[] ins;
    int[] lines;
    int nparams;
    int nlocals;
    /** Slots holding the results, in order; the RET instruction reads them (through a Cell when captured). */
    int[] resultSlots = new int[0];
    boolean[] resultCells = new boolean[0];
    int epilogue;

    Code(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
