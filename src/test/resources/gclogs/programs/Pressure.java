import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;

/** Fills a small heap with a growing, churning old set so collectors run young, mixed/concurrent and full
 *  collections; prints GarbageCollectorMXBean counts and times and the uptime at its end. */
public class Pressure {
    static volatile Object sink;
    public static void main(String[] a) {
        double seconds = a.length > 0 ? Double.parseDouble(a[0]) : 3;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ArrayDeque<byte[]> old = new ArrayDeque<>();
        long live = 0, limit = 40L << 20;
        long i = 0;
        while (System.nanoTime() < end) {
            for (int k = 0; k < 2000; k++, i++) {
                sink = new byte[32 + (int) (i % 2048)];
                if (i % 40 == 0) { byte[] b = new byte[16 << 10]; old.add(b); live += b.length; }
                while (live > limit) { live -= old.poll().length; }
                if (i % 300_000 == 0) sink = new byte[3 << 20];
            }
            if (i % 4_000_000 == 0) limit = limit == (40L << 20) ? (60L << 20) : (40L << 20);
        }
        // Read every counter and the uptime first and print after: the first string concatenation bootstraps
        // for tens of milliseconds, long enough for a concurrent collector to finish a cycle between two reads.
        java.util.List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
        long[] counts = new long[beans.size()];
        long[] times = new long[beans.size()];
        for (int n = 0; n < counts.length; n++) {
            counts[n] = beans.get(n).getCollectionCount();
            times[n] = beans.get(n).getCollectionTime();
        }
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        for (int n = 0; n < counts.length; n++)
            System.out.println("bean \"" + beans.get(n).getName() + "\" count=" + counts[n] + " timeMs=" + times[n]);
        System.out.println("uptimeMs=" + uptime);
    }
}
