package org.plankg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.tdb2.params.StoreParams;
import org.junit.jupiter.api.Test;

/**
 * The heap the JVM picks in a 1.5 GiB container (a quarter: 384 MB) is not enough for TDB2's node
 * caches beside 3,000 plans' answers: there they shrink with the heap; on a larger heap they are
 * TDB2's own.
 */
class StoreParamsTest {

    private static final long MB = 1L << 20;

    @Test
    void nodeCachesShrinkWithASmallHeap() {
        StoreParams standard = StoreParams.getDftStoreParams();
        StoreParams container = EmbeddedFuseki.storeParams(384 * MB);
        long cached = (long) container.getNodeId2NodeCacheSize() + container.getNode2NodeIdCacheSize();
        // about 250 bytes a node with its text (measured at 3,000 plans): at most a quarter of the heap
        assertTrue(cached * 256 < 384 * MB / 4, "nodes cached: " + cached);
        assertTrue(container.getNodeId2NodeCacheSize() < standard.getNodeId2NodeCacheSize());
        assertEquals(standard.getNodeId2NodeCacheSize(), EmbeddedFuseki.storeParams(2048 * MB).getNodeId2NodeCacheSize());
        assertEquals(standard.getNode2NodeIdCacheSize(), EmbeddedFuseki.storeParams(2048 * MB).getNode2NodeIdCacheSize());
    }
}
