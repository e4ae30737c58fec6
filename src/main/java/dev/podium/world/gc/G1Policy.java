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
    private int pauseGoalMillis;

    /** A new pause-time goal from now on (the next young size is chosen for it). */
    void setPauseGoalMillis(int millis) {
        pauseGoalMillis = millis;
    }

    int pauseGoalMillis() {
        return pauseGoalMillis;
    }

    G1Policy(GcParams params) {
        this.params = params;
        this.regionBytes = params.regionBytes();
        this.regionCount = params.regionCount();
        this.tenuringThreshold = params.maxTenuringThreshold();
        this.pauseGoalMillis = params.maxPauseMillis();
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

    /**
     * The old occupancy, in bytes, at which concurrent marking starts (G1IHOPControl::
     * old_gen_threshold_for_conc_mark_start): {@code InitiatingHeapOccupancyPercent} of the heap; or with adaptive
     * IHOP, once there are {@value #ADAPTIVE_IHOP_SAMPLES} samples of both the marking time and the old generation's
     * allocation rate, the effective target less what G1 expects to need between marking's start and the first
     * mixed collection: the predicted marking time times the predicted old allocation rate, plus the young size. The
     * effective target is the heap less {@code G1ReservePercent} and {@code G1HeapWastePercent}
     * (effective_target_occupancy; the heap is fully committed here, so its other bound, 95 % of the heap, never
     * wins). Predictions are G1's: a decaying average plus half a deviation ({@code G1ConfidencePercent} 50).
     */
    long initiatingThresholdBytes() {
        if (!adaptiveIhopActive()) {
            return params.heapBytes() / 100 * params.ihopPercent();
        }
        long target = params.heapBytes() / 100 * (100 - G1Tuning.RESERVE_PERCENT - G1Tuning.HEAP_WASTE_PERCENT);
        double needed = predictedMarkingNanos() * predictedOldAllocationPerNano() + youngBytes;
        return needed >= target ? 0 : target - (long) needed;
    }

    /** Whether the threshold is the adaptive prediction (adaptive IHOP on, and enough samples of both kinds). */
    boolean adaptiveIhopActive() {
        return params.adaptiveIhop() && markingTimes.count() >= ADAPTIVE_IHOP_SAMPLES
                && oldAllocationRates.count() >= ADAPTIVE_IHOP_SAMPLES;
    }

    /** The marking time the adaptive threshold plans for, in mutator nanoseconds (0 before any sample). */
    double predictedMarkingNanos() {
        return markingTimes.count() == 0 ? 0 : markingTimes.predict(G1Tuning.CONFIDENCE);
    }

    /** The old generation's allocation rate the adaptive threshold plans for, in bytes per mutator nanosecond. */
    double predictedOldAllocationPerNano() {
        return oldAllocationRates.count() == 0 ? 0 : oldAllocationRates.predict(G1Tuning.CONFIDENCE);
    }

    /** Whether old occupancy (old and humongous regions) has reached the initiating threshold. */
    boolean occupancyCallsForMarking(Heap heap) {
        return heap.occupancyBytes() >= initiatingThresholdBytes();
    }

    /** {@code G1AdaptiveIHOPNumInitialSamples}: samples of each kind measured before the prediction is used. */
    static final int ADAPTIVE_IHOP_SAMPLES = 3;

    /** G1IHOPControl's two sequences: 10 samples, alpha 0.05, so the newest sample weighs 95 %. */
    private final DecayingSeq markingTimes = new DecayingSeq(G1Tuning.IHOP_SEQ_ALPHA);
    private final DecayingSeq oldAllocationRates = new DecayingSeq(G1Tuning.IHOP_SEQ_ALPHA);
    private long oldAllocatedSincePause;
    private long lastPauseMutatorNanos = -1;
    /**
     * The young size G1 would like for the pause goal, not held back by the free regions
     * (young_list_desired_length): what adaptive IHOP leaves room for at the first mixed collection.
     */
    private int desiredYoungRegions;
    private long youngBytes;

    /** Bytes that went to old outside a pause's promotion accounting: humongous objects. */
    void recordOldAllocation(long bytes) {
        oldAllocatedSincePause += bytes;
    }

    /**
     * At the end of an evacuation pause at mutator time {@code mutatorNanos}: after a young-only pause
     * (G1Policy::update_ihop_prediction), a sample of the old generation's allocation rate over the mutator time
     * since the last pause (promotions and humongous objects), and the young size the threshold leaves room for;
     * after a mixed pause, no sample. Either way the old allocation count starts again, as G1's tracker does at
     * every collection.
     */
    void recordYoungPause(long mutatorNanos, long promotedBytes, boolean youngOnly) {
        oldAllocatedSincePause += promotedBytes;
        if (youngOnly && lastPauseMutatorNanos >= 0 && mutatorNanos > lastPauseMutatorNanos) {
            oldAllocationRates.add((double) oldAllocatedSincePause / (mutatorNanos - lastPauseMutatorNanos));
        }
        lastPauseMutatorNanos = mutatorNanos;
        oldAllocatedSincePause = 0;
        if (youngOnly) {
            youngBytes = (long) desiredYoungRegions * regionBytes;
        }
    }

    /**
     * A marking cycle took {@code mutatorNanos} of mutator time (its pauses excluded) from the end of its Concurrent
     * Start pause to the start of the first Mixed pause (G1ConcurrentStartToMixedTimeTracker). A cycle with no mixed
     * collection, or one a Full GC aborted, gives no sample.
     */
    void recordMarkingTime(long mutatorNanos) {
        markingTimes.add(mutatorNanos);
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
        int chosen = largestEdenMeetingGoal(lo, hi, heap);
        edenTargetRegions = chosen;
        desiredYoungRegions = survivors + largestEdenMeetingGoal(lo, Math.max(lo, maxYoungRegions() - survivors), heap);
        maxSurvivorRegions = (int) Heap.ceilDiv(edenTargetRegions, G1Tuning.SURVIVOR_RATIO);
    }

    /** The largest eden in {@code lo..hi} regions whose predicted pause meets the goal; {@code lo} if none does. */
    private int largestEdenMeetingGoal(int lo, int hi, Heap heap) {
        long goal = pauseGoalMillis * 1_000_000L;
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
        return chosen;
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
