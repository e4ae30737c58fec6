package dev.podium.world.goruntime.exec;

/** A Go slice: a window {@code [off, off+len)} of a backing array with capacity {@code cap}. nil is null. */
final class SliceVal {
    final Object[] arr;
    final int off;
    final int len;
    final int cap;

    SliceVal(Object[] arr, int off, int len, int cap) {
        this.arr = arr;
        this.off = off;
        this.len = len;
        this.cap = cap;
    }

    static SliceVal of(Object[] values) {
        return new SliceVal(values, 0, values.length, values.length);
    }

    Object get(long i) {
        if (i < 0 || i >= len) {
            throw GoPanic.runtime("index out of range [" + i + "] with length " + len);
        }
        return arr[off + (int) i];
    }

    void set(long i, Object v) {
        if (i < 0 || i >= len) {
            throw GoPanic.runtime("index out of range [" + i + "] with length " + len);
        }
        arr[off + (int) i] = v;
    }

    Object[] toArray() {
        Object[] a = new Object[len];
        System.arraycopy(arr, off, a, 0, len);
        return a;
    }
}
