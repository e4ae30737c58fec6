package dev.podium.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark main: the same M/M/1 model (arrival rate 0.9/s, service rate 1.0/s, FIFO, one server)
 * on Podium's kernel, on SSJ 3.3.2, on DSOL 4.3.2 and on a primitive-array heap baseline, in one JVM.
 *
 * <p>Every variant shares {@link Mm1Queue}: the same model code, the same {@code RandomStream}s with
 * the same seeds, so each run fires exactly the same events in the same order and only the event
 * list and its dispatch differ. The bench checks that (identical trajectories) and that the mean
 * wait is near Wq = rho / (mu - lambda) = 9 s.
 *
 * <p>Rounds run round-robin across the variants, so noise from a shared machine spreads over all of
 * them; the first rounds are warm-up and are discarded. Reports the median events per second. Ends
 * with the lines {@code kernel/ssj = }, {@code kernel/dsol = }, {@code kernel/baseline = } (ratios of
 * medians, higher means the kernel is faster). Exits with status 1 if a check fails.
 *
 * <p>System properties: {@code bench.customers} (default 2,000,000 served per run),
 * {@code bench.warmup} (5), {@code bench.rounds} (7), {@code bench.seed} (42), and
 * {@code bench.variants} (comma-separated peers to run besides the kernel, for quick experiments;
 * default all).
 */
public final class KernelBench {
    private static final double WAIT_TOLERANCE_SECONDS = 0.5;

    private KernelBench() {
    }

    public static void main(String[] args) {
        long customers = Long.getLong("bench.customers", 2_000_000L);
        int warmupRounds = Integer.getInteger("bench.warmup", 5);
        int measuredRounds = Integer.getInteger("bench.rounds", 7);
        long seed = Long.getLong("bench.seed", 42L);

        List<String> only = Arrays.asList(System.getProperty("bench.variants", "").split(","));
        List<Mm1Variant> variants = new ArrayList<>(List.of(
                new KernelMm1(true), new KernelMm1(false), new SsjMm1(true), new SsjMm1(false), new DsolMm1(), new BaselineMm1()));
        if (!only.equals(List.of(""))) {
            variants.removeIf(v -> !v.name().equals("kernel") && !only.contains(v.name()));
        }
        Map<String, List<Mm1Result>> measured = new LinkedHashMap<>();
        variants.forEach(v -> measured.put(v.name(), new ArrayList<>()));

        System.out.printf(Locale.ROOT, "M/M/1 lambda=0.9/s mu=1.0/s rho=0.9, %,d customers per run, seed %d, "
                + "%d warm-up + %d measured rounds (round-robin)%n", customers, seed, warmupRounds, measuredRounds);
        System.out.printf(Locale.ROOT, "JVM %s, max heap %d MiB, %d CPUs%n", Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        for (int round = 0; round < warmupRounds + measuredRounds; round++) {
            for (Mm1Variant variant : variants) {
                Mm1Result result = variant.run(seed, customers);
                if (Boolean.getBoolean("bench.verbose")) {
                    System.out.printf(Locale.ROOT, "round %d %-15s %6.2f Mev/s%n", round, variant.name(),
                            result.eventsPerSecond() / 1e6);
                }
                if (round >= warmupRounds) {
                    measured.get(variant.name()).add(result);
                }
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
