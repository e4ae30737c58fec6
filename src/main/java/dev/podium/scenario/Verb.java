package dev.podium.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One {@code do:} verb of a world, as one object: its name, what it targets, its typed arguments with their
 * ranges, a rule across arguments if any, and how it changes the world's model. The same object checks a scenario
 * file's action at load time ({@link #check}), carries it out in a run ({@link #apply}) and tells the app's Actions
 * menu what to ask for (its {@link #target()} and {@link #args()}).
 *
 * <p>Checking reports, in this order: a missing target, then a missing required argument together with any
 * unknown argument, then unknown arguments, then each argument's value, then the rule across arguments. Applying
 * reads the arguments through the same {@link Arg}s, so a value is never read with another range than it was
 * checked with. Immutable and thread-safe; {@link #apply} runs on the kernel's thread.
 *
 * @param <M> the world's model the verb acts on (its binding holds it)
 */
public final class Verb<M> {
    /** Carries out the verb on the model at the kernel's current time. */
    @FunctionalInterface
    public interface Effect<M> {
        void apply(M model, String target, Params args) throws ScenarioException;
    }

    /** A rule across arguments (exactly one of two, say); throws with the problem located at the action. */
    @FunctionalInterface
    public interface Rule {
        void check(String verb, Params args, SourceLocation actionWhere) throws ScenarioException;
    }

    private final String name;
    private final Target target;
    private final List<Arg<?>> args;
    private final Rule rule;
    private final Effect<M> effect;

    private Verb(String name, Target target, List<Arg<?>> args, Rule rule, Effect<M> effect) {
        this.name = Objects.requireNonNull(name, "name");
        this.target = Objects.requireNonNull(target, "target");
        this.args = List.copyOf(args);
        this.rule = rule;
        this.effect = Objects.requireNonNull(effect, "effect");
    }

    /** A verb with no target and the given arguments. */
    public static <M> Verb<M> of(String name, List<Arg<?>> args, Effect<M> effect) {
        return new Verb<>(name, Target.NONE, args, null, effect);
    }

    /** A verb that acts on {@code target}, with the given arguments. */
    public static <M> Verb<M> on(String name, Target target, List<Arg<?>> args, Effect<M> effect) {
        return new Verb<>(name, target, args, null, effect);
    }

    /** This verb with a rule across its arguments, checked after each argument's own range. */
    public Verb<M> withRule(Rule acrossArgs) {
        return new Verb<>(name, target, args, acrossArgs, effect);
    }

    public String name() {
        return name;
    }

    public Target target() {
        return target;
    }

    /** The arguments in the order a dialog asks for them. */
    public List<Arg<?>> args() {
        return args;
    }

    /** The argument named {@code argName}, or null. */
    public Arg<?> arg(String argName) {
        return args.stream().filter(a -> a.name().equals(argName)).findFirst().orElse(null);
    }

    /** Checks an action's target and arguments; every problem is located in the file. */
    public void check(String actionTarget, Params actionArgs, SourceLocation actionWhere) throws ScenarioException {
        if (target.isNeeded() && actionTarget.isBlank()) {
            throw new ScenarioException(actionWhere, name + " needs a 'target' (" + target.description() + ")");
        }
        String[] known = args.stream().map(Arg::name).toArray(String[]::new);
        for (Arg<?> arg : args) {
            if (arg.isRequired() && actionArgs.text(arg.name(), "").isBlank()) {
                missing(arg, actionArgs, actionWhere, known);
            }
        }
        actionArgs.rejectUnknown(known);
        for (Arg<?> arg : args) {
            arg.read(actionArgs);
        }
        if (rule != null) {
            rule.check(name, actionArgs, actionWhere);
        }
    }

    /** Carries out {@code action} on {@code model}, reading its arguments through this verb's {@link Arg}s. */
    public void apply(M model, TimedAction action) throws ScenarioException {
        check(action.target(), action.args(), action.where());
        effect.apply(model, action.target(), action.args());
    }

    private void missing(Arg<?> arg, Params actionArgs, SourceLocation where, String[] known)
            throws ScenarioException {
        ScenarioProblem problem = new ScenarioProblem(where, name + " needs '" + arg.name() + "'"
                + (arg.hint() == null ? "" : " (" + arg.hint() + ")"));
        try {
            actionArgs.rejectUnknown(known);
        } catch (ScenarioException unknown) {
            List<ScenarioProblem> all = new ArrayList<>(unknown.problems());
            all.add(0, problem);
            throw new ScenarioException(all);
        }
        throw new ScenarioException(problem);
    }

    @Override
    public String toString() {
        return name + (target.isNeeded() ? " <" + target.kind() + ">" : "") + " " + args;
    }
}
