package io.cloudflux.bench.tiering;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.cloudflux.tiering.trace.Operation;
import io.cloudflux.tiering.trace.TraceEvent;

/** A generated trace held in primitive arrays, so that a benchmark can replay it without re-generating it. */
final class CompactTrace implements Consumer<TraceEvent> {
    private static final Operation[] OPS = Operation.values();

    private long[] millis = new long[1 << 16];
    private int[] object = new int[1 << 16];
    private byte[] op = new byte[1 << 16];
    private int size;
    private final Map<String, Integer> ids = new HashMap<>();
    private String[] keys = new String[1 << 10];
    private long[] sizes = new long[1 << 10];

    @Override
    public void accept(TraceEvent e) {
        if (size == millis.length) {
            millis = Arrays.copyOf(millis, size * 2);
            object = Arrays.copyOf(object, size * 2);
            op = Arrays.copyOf(op, size * 2);
        }
        Integer id = ids.get(e.objectId());
        if (id == null) {
            id = ids.size();
            ids.put(e.objectId(), id);
            if (id == keys.length) {
                keys = Arrays.copyOf(keys, id * 2);
                sizes = Arrays.copyOf(sizes, id * 2);
            }
            keys[id] = e.objectId();
        }
        if (e.operation() == Operation.PUT) {
            sizes[id] = e.sizeBytes();
        }
        millis[size] = e.epochMillis();
        object[size] = id;
        op[size] = (byte) e.operation().ordinal();
        size++;
    }

    int events() {
        return size;
    }

    int objects() {
        return ids.size();
    }

    void replay(Consumer<TraceEvent> sink) {
        for (int i = 0; i < size; i++) {
            int id = object[i];
            Operation o = OPS[op[i]];
            sink.accept(new TraceEvent(millis[i], keys[id], o, o == Operation.DELETE ? 0 : sizes[id]));
        }
    }
}
