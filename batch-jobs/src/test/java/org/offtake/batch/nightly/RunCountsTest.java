package org.offtake.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offtake.datasets.read.RejectReason;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class RunCountsTest {

    @Test
    void countsSavedInAnExecutionContext_comeBackAsTheyWere() {
        RunCounts counts = new RunCounts();
        counts.demandRows = 960;
        counts.demandSeries("item_region");
        counts.demandSeries("item_region");
        counts.demandSeries("manufacturer_item");
        counts.forecastRows = 552;
        counts.forecastSeries = 23;
        counts.models.put("ETS(A,N,A) + DOTM", 12L);
        counts.models.put("intermittent (LUMPY)", 2L);
        counts.recommendations = 5;
        counts.recommendationRows = 17;
        counts.rejected = 3;
        String firstReason = RejectReason.values()[0].code();
        counts.rejectedByReason.put(firstReason, 3L);
        ExecutionContext context = new ExecutionContext();

        counts.saveTo(context);
        RunCounts back = RunCounts.from(context);

        assertThat(back.demandRows).isEqualTo(960);
        assertThat(back.itemRegionSeries).isEqualTo(2);
        assertThat(back.manufacturerItemSeries).isEqualTo(1);
        assertThat(back.forecastRows).isEqualTo(552);
        assertThat(back.forecastSeries).isEqualTo(23);
        assertThat(back.models).containsExactly(
                Map.entry("ETS(A,N,A) + DOTM", 12L), Map.entry("intermittent (LUMPY)", 2L));
        assertThat(back.recommendations).isEqualTo(5);
        assertThat(back.recommendationRows).isEqualTo(17);
        assertThat(back.rejected).isEqualTo(3);
        assertThat(back.rejectedByReason).hasSize(RejectReason.values().length).containsEntry(firstReason, 3L);
        assertThat(back.rejectedByReason.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
    }

    @Test
    void aContextWithoutCounts_isRefusedNamingThePublishStep() {
        assertThatThrownBy(() -> RunCounts.from(new ExecutionContext()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("publish step");
    }

    @Test
    void seriesKeys_tellWhenAnyPartOfTheKeyChanges() {
        RunCounts.SeriesKeys keys = new RunCounts.SeriesKeys();

        assertThat(keys.isNew("item_region", "I1", "R1", null)).isTrue();
        assertThat(keys.isNew("item_region", "I1", "R1", null)).isFalse();
        assertThat(keys.isNew("item_region", "I1", "R2", null)).isTrue();
        assertThat(keys.isNew("manufacturer_item", "I1", null, "M1")).isTrue();
        assertThat(keys.isNew("manufacturer_item", "I1", null, "M1")).isFalse();
        assertThat(keys.isNew("manufacturer_item", "I2", null, "M1")).isTrue();
    }
}
