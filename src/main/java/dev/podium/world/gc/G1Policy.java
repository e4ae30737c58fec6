package dev.podium.world.gc;

/**
 * G1's decisions between pauses, simplified (docs/gc-fidelity.md): how big the young generation may grow before
 * the next pause, from which age survivors are promoted, and when old occupancy asks for concurrent marking.
 *
 * <p>The young size chases {@code MaxGCPauseMillis}: after each evacuation pause the policy predicts the next
 * pause's length for a given eden size as fixed cost + per-region cost + the bytes it expects to copy (eden times
 * the decaying average survival rate, plus the survivors) at the copying speed of {@code ParallelGCThreads}, and
 * takes the largest eden whose prediction meets the goal, within {@code G1NewSizePercent} and
 * {@code G1MaxNewSizePercent} of the heap and within the free regions less {@code G1ReservePercent} (eating
 * into that reserve by at most half of it to keep the minimum size).
 *
 * <p>The tenuring threshold follows HotSpot's age table (AgeTable::compute_tenuring_threshold): survivors may fill
 * {@code TargetSurvivorRatio} % of the survivor space, which is the young size / {@code SurvivorRatio}; the
 * threshold is the first age at which the bytes of that age and younger exceed it, at most
 * {@code MaxTenuringThreshold}. Kernel thread only.
 */
final class G1Policy {
    private final GcParams params;
    private final long regionBytes;
    private final int regionCount;
    private int edenTargetRegions;
    private int tenuringThreshold;
    private int maxSurvivorRegions;
    private long survivalPpm = G1Tuning.INITIAL_SURVIVAL_PPM;

    G1Policy(GcParams params) {
        this.params = params;
        this.regionBytes = params.regionBytes();
        this.regionCount = params.regionCount();
        this.tenuringThreshold = params.maxTenuringThreshold();
    }

    int edenTargetRegions() {
        return edenTargetRegions;
    }

    int tenuringThreshold() {
        return tenuringThreshold;
    }

    int maxSurvivorRegions() {
        return maxSurvivorRegions;
    }

    /** The survival rate the predictions use, in parts per million. */
    long survivalPpm() {
        return survivalPpm;
    }

    int minYoungRegions() {
        return Math.max(1, (regionCount * G1Tuning.NEW_SIZE_PERCENT + 99) / 100);
    }

    int maxYoungRegions() {
        return Math.max(minYoungRegions(), regionCount * G1Tuning.MAX_NEW_SIZE_PERCENT / 100);
    }

    /** The old occupancy, in bytes, at which concurrent marking starts. */
    long initiatingThresholdBytes() {
        return params.heapBytes() / 100 * params.ihopPercent();
    }

    /** Whether old occupancy has reached the initiating threshold. */
    boolean occupancyCallsForMarking(Heap heap) {
        return heap.oldBytes() >= initiatingThresholdBytes();
    }

    /**
     * After an evacuation pause: learns the survival rate of the young bytes it collected, chooses the next young
     * size, then the tenuring threshold for the survivors it left.
     */
    void afterEvacuation(Heap heap, Heap.Evacuation evacuation) {
        if (evacuation.youngBytes() > 0) {
            // per mille first, so bytes (up to 2^45) times the factor cannot overflow
            long sample = evacuation.youngCopiedBytes() * 1000 / evacuation.youngBytes() * 1000;
            int w = G1Tuning.SAMPLE_WEIGHT_TENTHS;
            survivalPpm = Math.min(1_000_000, (survivalPpm * (10 - w) + sample * w) / 10);
        }
        chooseYoungSize(heap);
        tenuringThreshold = tenuringThreshold(evacuation.survivorBytesByAge());
    }

    /** Chooses the young size for the next cycle from the heap as it is now (after a pause, or at start). */
    void chooseYoungSize(Heap heap) {
        int reserve = (regionCount * G1Tuning.RESERVE_PERCENT + 99) / 100;
        int outsideReserve = Math.max(0, heap.freeRegions() - reserve);
        // Short of free regions, G1 eats into the reserve, by at most half of it, to keep the minimum young size
        // (G1Policy::calculate_young_target_length); so a nearly full heap still gets a young size worth a pause.
        int available = outsideReserve >= minYoungRegions() ? outsideReserve
                : Math.min(minYoungRegions(), outsideReserve + (reserve + 1) / 2);
        available = Math.max(1, Math.min(available, heap.freeRegions()));
        // The young bounds count survivor regions too; eden gets what they leave.
        int survivors = heap.survivorRegions();
        int hi = Math.max(1, Math.min(maxYoungRegions() - survivors, available));
        int lo = Math.min(Math.max(1, minYoungRegions() - survivors), hi);
        long goal = params.maxPauseMillis() * 1_000_000L;
        int chosen = lo;
        int a = lo;
        int b = hi;
        while (a <= b) { // the prediction grows with eden: the largest eden that meets the goal
            int mid = (a + b) >>> 1;
            if (predictPauseNanos(mid, heap.survivorRegions(), heap.survivorBytes()) <= goal) {
                chosen = mid;
                a = mid + 1;
            } else {
                b = mid - 1;
            }
        }
        edenTargetRegions = chosen;
        maxSurvivorRegions = (int) Heap.ceilDiv(edenTargetRegions, G1Tuning.SURVIVOR_RATIO);
    }

    /** The predicted length of a young pause collecting {@code edenRegions} full eden regions and the survivors. */
    long predictPauseNanos(int edenRegions, int survivorRegions, long survivorBytes) {
        long expectedCopy = (edenRegions * regionBytes + survivorBytes) / 1_000_000 * survivalPpm;
        return G1Tuning.YOUNG_FIXED_NANOS + (long) (edenRegions + survivorRegions) * G1Tuning.PER_CSET_REGION_NANOS
                + G1Tuning.work(expectedCopy, G1Tuning.COPY_PICOS_PER_BYTE, params.parallelGcThreads());
    }

    /** The threshold for survivors of the given ages (index = age), at most {@code MaxTenuringThreshold}. */
    int tenuringThreshold(long[] survivorBytesByAge) {
        long desired = (long) maxSurvivorRegions * regionBytes * G1Tuning.TARGET_SURVIVOR_RATIO / 100;
        long total = 0;
        int age = 1;
        while (age < 16) {
            total += survivorBytesByAge[age];
            if (total > desired) {
                break;
            }
            age++;
        }
        return Math.min(age, params.maxTenuringThreshold());
    }
}
