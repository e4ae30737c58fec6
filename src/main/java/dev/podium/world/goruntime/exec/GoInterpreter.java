package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.CheckedProgram;
import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.rt.GoBody;
import dev.podium.world.goruntime.rt.GoProgram;

/**
 * A checked Go program compiled for the interpreter: the runtime's {@link GoProgram}. Each instruction costs
 * {@code nsPerInstruction} of simulated CPU. Bodies share the program's package-level variables, so one compiled
 * program runs once; compile again for another run.
 */
public final class GoInterpreter implements GoProgram {
    private final Program prog;
    private final String source;
    private final java.util.List<TopLevelFunctions.Function> functions;

    private GoInterpreter(Program prog, CheckedProgram checked) {
        this.prog = prog;
        this.source = checked.source();
        this.functions = TopLevelFunctions.of(checked);
    }

    /**
     * Compiles a checked program.
     *
     * @param program the program, from {@link dev.podium.world.goruntime.lang.GoSource#check}
     * @param nsPerInstruction simulated CPU nanoseconds per interpreted instruction (≥ 0; e.g. 1 to 5)
     * @return the compiled program
     * @throws GoProblems a construct the checker accepts but the interpreter does not run yet, at its position
     */
    public static GoInterpreter compile(CheckedProgram program, long nsPerInstruction) throws GoProblems {
        if (nsPerInstruction < 0) {
            throw new IllegalArgumentException("nsPerInstruction < 0");
        }
        try {
            return new GoInterpreter(new Compiler(program, nsPerInstruction).compile(), program);
        } catch (RuntimeException | StackOverflowError bug) {
            // a defect in Podium, not in the program: still a problem report, never a crash of the caller
            throw Compiler.problem(program.fileName(), new dev.podium.world.goruntime.lang.Pos(1, 1),
                    "internal error in Podium's Go compiler: " + bug);
        }
    }

    /** How many instructions this program's goroutines have run so far (for benchmarks). */
    public long instructionsRun() {
        return prog.instructions;
    }

    @Override
    public String fileName() {
        return prog.fileName;
    }

    @Override
    public GoBody main() {
        return new Machine(prog, new Frame(prog.main, null, Values.NONE));
    }

    @Override
    public String source() {
        return source;
    }

    /** The top-level functions an action may start as a goroutine. */
    public java.util.List<TopLevelFunctions.Function> functions() {
        return functions;
    }

    @Override
    public GoBody function(String name, Object[] args) {
        TopLevelFunctions.Function f = TopLevelFunctions.find(functions, name);
        Code code = prog.functions.get(name);
        if (f == null || code == null || f.variadic() || args.length != f.paramKinds().size()) {
            return null;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = f.paramKinds().get(i) == null ? null : TopLevelFunctions.value(args[i], f.paramKinds().get(i));
            if (values[i] == null) {
                return null;
            }
        }
        return Machine.start(prog, new Funcs.Closure(code, Values.NONE), values);
    }

    @Override
    public String show(Object value, int maxChars) {
        String s = Values.text(Show.show(value));
        if (s.length() > maxChars) {
            return s.substring(0, Math.max(0, maxChars - 1)) + "…";
        }
        return s;
    }
}
