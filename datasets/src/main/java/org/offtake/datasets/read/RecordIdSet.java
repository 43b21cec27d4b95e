package org.offtake.datasets.read;

import java.util.HashSet;
import java.util.Set;

/**
 * The record ids seen so far, exact, with memory proportional to the number of distinct ids. Ids made of 1 to 17
 * decimal digits (the usual case, and the generator's) are kept as {@code long}s in an open-addressing table, about
 * 16 bytes each, with the number of digits so that {@code 007} and {@code 7} stay different; any other id is kept
 * as a string in a {@link HashSet}.
 */
final class RecordIdSet {

    private static final long EMPTY = 0;

    private long[] table = new long[1 << 12];
    private int numericSize;
    private final Set<String> others = new HashSet<>();

    /** Adds {@code id}; whether it was not there before. */
    boolean add(String id) {
        long key = numericKey(id);
        if (key == EMPTY) {
            return others.add(id);
        }
        if (numericSize * 2 >= table.length) {
            grow();
        }
        return insert(table, key);
    }

    /** How many distinct ids the set holds. */
    long size() {
        return numericSize + others.size();
    }

    private boolean insert(long[] slots, long key) {
        int mask = slots.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long slot = slots[i];
            if (slot == EMPTY) {
                slots[i] = key;
                if (slots == table) {
                    numericSize++;
                }
                return true;
            }
            if (slot == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] old = table;
        long[] bigger = new long[old.length * 2];
        int mask = bigger.length - 1;
        for (long key : old) {
            if (key != EMPTY) {
                int i = mix(key) & mask;
                while (bigger[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                bigger[i] = key;
            }
        }
        table = bigger;
    }

    /**
     * The slot of a key: consecutive ids share a run of eight slots (one cache line), and runs are spread by a
     * multiplicative hash, so that the sequential ids of real exports cost one cache miss per eight ids.
     */
    private static int mix(long key) {
        long value = key >>> 5;
        long h = (value >>> 3) * 0x9E3779B97F4A7C15L;
        return (int) ((h ^ (h >>> 32)) << 3 | (value & 7));
    }

    /** The id as {@code value * 32 + digits}, never 0, or 0 when it is not 1 to 17 decimal digits. */
    static long numericKey(String id) {
        int length = id.length();
        if (length == 0 || length > 17) {
            return EMPTY;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return EMPTY;
            }
            value = value * 10 + (c - '0');
        }
        return value * 32 + length;
    }
}
