package dev.podium.bench;

import java.util.ArrayList;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark main: the same M/M/1 model (arrival rate 0.9/s, service rate 1.0/s, FIFO, one server)
 * on Podium's kernel, on SSJ 3.3.2, on DSOL 4.3.2 and on a primitive-array heap baseline, in one run.
 *
 * <p>Every variant shares {@link Mm1Queue}: the same model code, the same {@code RandomStream}s with
 * the same seeds, so each run fires exactly the same events in the same order and only the event
 * list and its dispatch differ. The bench checks that (identical trajectories) and that the mean
 * wait is near Wq = rho / (mu - lambda) = 9 s.
 *
 * <p>Each variant runs in its own child JVM with this JVM's flags and class path, as JMH forks do: in one
 * shared JVM the variants disturbed each other (a variant that allocates, or DSOL's thread, left the next
 * one's JIT profile or GC state different, and the kernel's median swung between two modes). Forks are
 * interleaved across the variants, so drift on a shared machine spreads over all of them; the first rounds
 * of each fork are warm-up and are discarded. Reports the median events per second. Ends
 * with the lines {@code kernel/ssj = }, {@code kernel/dsol = }, {@code kernel/baseline = } (ratios of
 * medians, higher means the kernel is faster). Exits with status 1 if a check fails.
 *
 * <p>System properties: {@code bench.customers} (default 2,000,000 served per run),
 * {@code bench.warmup} (5), {@code bench.rounds} (5, per fork), {@code bench.forks} (2), {@code bench.seed} (42),
 * and
 * {@code bench.variants} (comma-separated peers to run besides the kernel, for quick experiments;
 * default all).
 */
public final class KernelBench {
    private static final double WAIT_TOLERANCE_SECONDS = 0.5;

    private KernelBench() {
    }

    public static void main(String[] args) throws Exception {
        long customers = Long.getLong("bench.customers", 2_000_000L);
        int warmupRounds = Integer.getInteger("bench.warmup", 5);
        int measuredRounds = Integer.getInteger("bench.rounds", 5);
        int forks = Integer.getInteger("bench.forks", 2);
        long seed = Long.getLong("bench.seed", 42L);
        String child = System.getProperty("bench.child");
        if (child != null) {
            runChild(child, seed, customers, warmupRounds, measuredRounds);
            return;
        }

        List<String> only = Arrays.asList(System.getProperty("bench.variants", "").split(","));
        List<String> names = new ArrayList<>();
        for (Mm1Variant v : allVariants()) {
            if (only.equals(List.of("")) || v.name().equals("kernel") || only.contains(v.name())) {
                names.add(v.name());
            }
        }
        Map<String, List<Mm1Result>> measured = new LinkedHashMap<>();
        names.forEach(name -> measured.put(name, new ArrayList<>()));

        System.out.printf(Locale.ROOT, "M/M/1 lambda=0.9/s mu=1.0/s rho=0.9, %,d customers per run, seed %d%n",
                customers, seed);
        System.out.printf(Locale.ROOT, "each variant in its own JVM (as JMH forks: no shared JIT profiles or GC state), "
                + "%d forks per variant interleaved, %d warm-up + %d measured rounds per fork%n", forks, warmupRounds,
                measuredRounds);
        System.out.printf(Locale.ROOT, "JVM %s, flags %s, %d CPUs%n", Runtime.version(), jvmFlags(),
                Runtime.getRuntime().availableProcessors());
        for (int fork = 0; fork < forks; fork++) {
            for (String name : names) {
                measured.get(name).addAll(fork(name));
            }
        }

        boolean ok = printTable(measured);
        for (String peer : List.of("ssj", "dsol", "baseline")) {
            System.out.println(ratioLine(measured, peer));
        }
        if (!ok) {
            System.exit(1);
        }
    }

    private static List<Mm1Variant> allVariants() {
        return List.of(new KernelMm1(true), new KernelMm1(false), new SsjMm1(true), new SsjMm1(false),
                new DsolMm1(), new BaselineMm1());
    }

    /** Runs one variant in this JVM and prints one machine-readable line per measured round. */
    private static void runChild(String name, long seed, long customers, int warmupRounds, int measuredRounds) {
        Mm1Variant variant = allVariants().stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no variant " + name));
        for (int round = 0; round < warmupRounds + measuredRounds; round++) {
            Mm1Result r = variant.run(seed, customers);
            if (round >= warmupRounds) {
                System.out.printf(Locale.ROOT, "RESULT %d %d %d %d %d %d%n", r.events(), r.served(),
                        r.servicesStarted(), r.totalWaitNanos(), r.endTimeNanos(), r.wallNanos());
            }
        }
    }

    /** Starts a child JVM with this JVM's flags and class path for one variant and reads its results. */
    private static List<Mm1Result> fork(String name) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags());
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("bench.") && !key.equals("bench.child")) {
                command.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        command.add("-Dbench.child=" + name);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(KernelBench.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Mm1Result> results = new ArrayList<>();
        List<String> other = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    String[] f = line.split(" ");
                    results.add(new Mm1Result(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                            Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6])));
                } else {
                    other.add(line);
                }
            }
        }
        if (process.waitFor() != 0 || results.isEmpty()) {
            throw new IllegalStateException("the " + name + " fork failed:\n" + String.join("\n", other));
        }
        return results;
    }

    /** The flags this JVM was started with (heap size, pre-touch, …), minus system properties. */
    private static List<String> jvmFlags() {
        List<String> flags = new ArrayList<>();
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-D")) {
                flags.add(arg);
            }
        }
        return flags;
    }

    private static String ratioLine(Map<String, List<Mm1Result>> measured, String peer) {
        if (!measured.containsKey(peer)) {
            return "kernel/" + peer + " = n/a";
        }
        double ratio = medianEventsPerSecond(measured.get("kernel")) / medianEventsPerSecond(measured.get(peer));
        return String.format(Locale.ROOT, "kernel/%s = %.2f", peer, ratio);
    }

    /** Prints one row per variant; returns false if a variant's model was wrong. */
    private static boolean printTable(Map<String, List<Mm1Result>> measured) {
        Mm1Result reference = measured.get("kernel").get(0);
        boolean ok = true;
        System.out.println();
        System.out.printf(Locale.ROOT, "%-15s %10s %10s %8s %10s %9s %9s %9s%n", "variant", "events", "Wq (s)",
                "Wq~9?", "same run?", "median", "min", "max");
        System.out.printf(Locale.ROOT, "%-15s %10s %10s %8s %10s %9s %9s %9s%n", "", "", "", "", "",
                "Mev/s", "Mev/s", "Mev/s");
        for (Map.Entry<String, List<Mm1Result>> entry : measured.entrySet()) {
            List<Mm1Result> results = entry.getValue();
            Mm1Result first = results.get(0);
            boolean waitOk = Math.abs(first.meanWaitSeconds() - Mm1Queue.EXPECTED_MEAN_WAIT_SECONDS)
                    < WAIT_TOLERANCE_SECONDS;
            boolean sameRun = results.stream().allMatch(reference::sameTrajectoryAs);
            ok &= waitOk && sameRun;
            double[] rates = rates(results);
            System.out.printf(Locale.ROOT, "%-15s %10d %10.4f %8s %10s %9.2f %9.2f %9.2f%n", entry.getKey(),
                    first.events(), first.meanWaitSeconds(), waitOk ? "yes" : "NO", sameRun ? "yes" : "NO",
                    median(rates) / 1e6, rates[0] / 1e6, rates[rates.length - 1] / 1e6);
        }
        System.out.println();
        return ok;
    }

    private static double medianEventsPerSecond(List<Mm1Result> results) {
        return median(rates(results));
    }

    /** Events per second of each run, sorted ascending. */
    private static double[] rates(List<Mm1Result> results) {
        double[] rates = results.stream().mapToDouble(Mm1Result::eventsPerSecond).toArray();
        Arrays.sort(rates);
        return rates;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
