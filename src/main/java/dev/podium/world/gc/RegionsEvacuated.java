package dev.podium.world.gc;

/**
 * An evacuation pause (young, concurrent start, prepare mixed, mixed, or the Parallel collector's young pause) has
 * begun and this is where its live objects go: emitted right after its {@link GcPauseStarted}, at the same time. The
 * world is stopped, so what the pause copies is fixed when it begins. Regions are given as {@link RegionRanges}
 * (ascending, "0-5,9,12-40"); an empty string is no region.
 *
 * @param fromRegions the collection set: every eden and survivor region, and a mixed pause's old regions
 * @param toSurvivorRegions the survivor regions that receive the survivors
 * @param toOldRegions the old regions that receive promoted bytes (and a mixed pause's old live bytes), including
 *     the one promotions were already filling; regions that failed to evacuate are not among them
 * @param survivorBytes bytes copied to survivor regions
 * @param promotedBytes young bytes copied to old regions
 * @param oldCopiedBytes live bytes copied out of a mixed pause's old regions
 */
public record RegionsEvacuated(long timeNanos, int gcId, String fromRegions, String toSurvivorRegions,
        String toOldRegions, long survivorBytes, long promotedBytes, long oldCopiedBytes) implements GcEvent {
}
