package dev.podium.live.informer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A session's value pool shares equal values, stays within its bound, and forgets everything when cleared. */
class ValuePoolTest {

    @Test
    void equalValuesShareOneInstance() {
        ValuePool pool = new ValuePool();
        String image = pool.share(new String("nginx:1.27"));
        assertSame(image, pool.share(new String("nginx:1.27")));
        assertEquals("", pool.share(null));
        List<StatusRecord.Condition> complete = pool.intern(List.of(new StatusRecord.Condition("Complete", "True",
                "", "")));
        assertSame(complete, pool.intern(List.of(new StatusRecord.Condition("Complete", "True", "", ""))));
        assertSame(complete, pool.intern(complete));
    }

    @Test
    void pastItsBoundValuesComeBackAsTheyAre() {
        ValuePool pool = new ValuePool(2);
        pool.share("a");
        pool.share("b");
        String c = new String("c");
        assertSame(c, pool.share(c));
        assertNotSame(c, pool.share(new String("c")), "c was not pooled");
        assertEquals(2, pool.size());
    }

    @Test
    void aClearedPoolHoldsNothingOfItsSession() {
        ValuePool pool = new ValuePool();
        String first = pool.share(new String("node-1"));
        pool.clear();
        assertEquals(0, pool.size());
        String second = new String("node-1");
        assertSame(second, pool.share(second), "the old session's string is gone");
        assertNotSame(first, pool.share(new String("node-1")));
    }
}
