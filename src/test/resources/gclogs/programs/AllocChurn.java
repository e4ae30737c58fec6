import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes garbage for a few seconds (short-lived objects, a ring of longer-lived ones, some humongous arrays and one
 * System.gc()), then prints what the JVM's own counters say: every GarbageCollectorMXBean's name, count and time,
 * and the JVM's uptime. Used to make the real GC logs the importer's tests check against (see README.md here).
 * Usage: java [-XX:+UseXxxGC -Xlog:...] AllocChurn.java [seconds]
 */
public class AllocChurn {
    static volatile Object sink;

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        Object[] ring = new Object[20_000];
        List<byte[]> cache = new ArrayList<>();
        long i = 0;
        boolean explicit = false;
        while (System.nanoTime() < end) {
            for (int k = 0; k < 1000; k++, i++) {
                byte[] young = new byte[64 + (int) (i % 512)];
                sink = young;
                if (i % 7 == 0) {
                    ring[(int) (i % ring.length)] = new byte[256];
                }
                if (i % 20_000 == 0) {
                    sink = new byte[4 << 20]; // humongous for G1 with 1-4 MB regions
                }
                if (i % 50_000 == 0) {
                    cache.add(new byte[8 << 10]);
                    if (cache.size() > 1500) {
                        cache.subList(0, 750).clear();
                    }
                }
            }
            if (!explicit && System.nanoTime() > end - (long) (seconds * 0.5e9)) {
                System.gc();
                explicit = true;
            }
        }
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            System.out.println("bean \"" + bean.getName() + "\" count=" + bean.getCollectionCount()
                    + " timeMs=" + bean.getCollectionTime());
        }
        System.out.println("uptimeMs=" + ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.println("ring=" + ring.length + " cache=" + cache.size());
    }
}
