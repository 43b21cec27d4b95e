package org.offtake.datasets.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordIdSetTest {

    @Test
    void add_sameNumericIdTwice_secondIsDuplicate() {
        RecordIdSet ids = new RecordIdSet();
        assertThat(ids.add("12345")).isTrue();
        assertThat(ids.add("12345")).isFalse();
    }

    @Test
    void add_leadingZeros_areDifferentIds() {
        RecordIdSet ids = new RecordIdSet();
        assertThat(ids.add("7")).isTrue();
        assertThat(ids.add("007")).isTrue();
        assertThat(ids.add("07")).isTrue();
        assertThat(ids.add("007")).isFalse();
        assertThat(ids.size()).isEqualTo(3);
    }

    @Test
    void add_textAndLongIds_useTheExactFallback() {
        RecordIdSet ids = new RecordIdSet();
        assertThat(ids.add("KZ-2023-000001")).isTrue();
        assertThat(ids.add("123456789012345678")).isTrue();
        assertThat(ids.add("KZ-2023-000001")).isFalse();
        assertThat(ids.add("123456789012345678")).isFalse();
        assertThat(ids.add("123456789012345679")).isTrue();
    }

    @Test
    void add_manyIdsWithStrides_keepsEveryOneExactly() {
        RecordIdSet ids = new RecordIdSet();
        for (long i = 0; i < 200_000; i++) {
            assertThat(ids.add(Long.toString(i * 1024))).isTrue();
        }
        for (long i = 0; i < 200_000; i += 997) {
            assertThat(ids.add(Long.toString(i * 1024))).isFalse();
        }
        assertThat(ids.add("1025")).isTrue();
        assertThat(ids.size()).isEqualTo(200_001);
    }
}
