package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.Type;

/** Sizes of Go values on amd64 and the allocator's size classes, so append grows capacity exactly as Go does. */
final class Sizes {
    private Sizes() {
    }

    private static final int[] CLASSES = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
        224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408,
        1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
        9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

    /** The size in bytes of a value of {@code t} (amd64). */
    static long of(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            return switch (b.kind()) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case STRING -> 16;
                default -> 8;
            };
        }
        if (u instanceof Type.Slice) {
            return 24;
        }
        if (u instanceof Type.Interface) {
            return 16;
        }
        if (u instanceof Type.Struct s) {
            long off = 0;
            long align = 1;
            for (Type.FieldT f : s.fields()) {
                long sz = of(f.type());
                long a = alignOf(f.type());
                align = Math.max(align, a);
                off = (off + a - 1) / a * a + sz;
            }
            return (off + align - 1) / align * align;
        }
        return 8;
    }

    private static long alignOf(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Struct s) {
            long a = 1;
            for (Type.FieldT f : s.fields()) {
                a = Math.max(a, alignOf(f.type()));
            }
            return a;
        }
        long sz = of(t);
        return u instanceof Type.Basic b && b.kind() == dev.podium.world.goruntime.lang.BasicKind.STRING ? 8
                : Math.min(8, Math.max(1, sz));
    }

    /** runtime.growslice (Go 1.19): the new capacity for {@code need} elements, rounded up to a size class. */
    static int grow(int oldCap, int need, long elemSize) {
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (need > doublecap) {
            newcap = need;
        } else if (oldCap < 256) {
            newcap = doublecap;
        } else {
            while (0 < newcap && newcap < need) {
                newcap += (newcap + 3 * 256) / 4;
            }
            if (newcap <= 0) {
                newcap = need;
            }
        }
        if (elemSize == 0) {
            return (int) newcap;
        }
        long bytes = roundUp(newcap * elemSize);
        return (int) (bytes / elemSize);
    }

    private static long roundUp(long size) {
        if (size <= 32768) {
            for (int c : CLASSES) {
                if (c >= size) {
                    return c;
                }
            }
        }
        return (size + 8191) / 8192 * 8192;
    }
}
