package dev.podium.world.goruntime.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CowLongDequeTest {

    @Test
    void behavesLikeADequeAcrossChunksAndCopiesStayIndependent() {
        Random random = new Random(5);
        CowLongDeque q = new CowLongDeque();
        ArrayDeque<Long> model = new ArrayDeque<>();
        List<CowLongDeque> copies = new ArrayList<>();
        List<long[]> copiedContents = new ArrayList<>();
        for (int step = 0; step < 60_000; step++) {
            int op = random.nextInt(10);
            long v = random.nextInt(5_000);
            if (op < 5) {
                q.addLast(v);
                model.addLast(v);
            } else if (op < 6) {
                q.addFirst(v);
                model.addFirst(v);
            } else if (op < 9 && !model.isEmpty()) {
                assertEquals((long) model.removeFirst(), q.removeFirst());
            } else if (!model.isEmpty()) {
                long target = random.nextBoolean() ? model.peekLast() : v;
                assertEquals(model.removeFirstOccurrence(target), q.remove(target));
            }
            if (step % 997 == 0) {
                copies.add(q.copy());
                copiedContents.add(q.toArray());
            }
        }
        assertArrayEquals(model.stream().mapToLong(Long::longValue).toArray(), q.toArray());
        for (int i = 0; i < copies.size(); i++) {
            assertArrayEquals(copiedContents.get(i), copies.get(i).toArray(), "copy " + i);
        }
        // writing a copy leaves the original alone
        CowLongDeque c = q.copy();
        c.addLast(-1);
        c.addFirst(-2);
        c.removeFirst();
        c.removeFirst();
        assertEquals(q.size(), c.size());
        assertEquals(-1, c.get(c.size() - 1));
        assertArrayEquals(model.stream().mapToLong(Long::longValue).toArray(), q.toArray());
    }

    @Test
    void columnsCopyOnWrite() {
        Column ints = Column.ints();
        for (int i = 0; i < 5_000; i++) {
            ints.setInt(i, i);
        }
        Column copy = ints.copy();
        copy.setInt(10, -1);
        ints.setInt(4_000, -2);
        assertEquals(10, ints.getInt(10));
        assertEquals(-1, copy.getInt(10));
        assertEquals(4_000, copy.getInt(4_000));
        assertEquals(-2, ints.getInt(4_000));
        assertEquals(0, copy.getInt(1_000_000));
    }
}
