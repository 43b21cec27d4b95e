package org.offtake.batch.nightly;

import java.io.IOException;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The forecast step's writer: each item's base forecasts to its file in the run's work folder
 * ({@link SpillFiles#writeBase}), written whole and moved into place before the chunk's transaction commits. A
 * restart that redoes the chunk writes the same files again.
 */
class BaseForecastsWriter implements ItemWriter<ItemForecasts> {

    private final WorkDir work;

    BaseForecastsWriter(WorkDir work) {
        this.work = work;
    }

    @Override
    public void write(Chunk<? extends ItemForecasts> chunk) throws IOException {
        for (ItemForecasts item : chunk) {
            SpillFiles.writeBase(work.base(item.itemNo()), item);
        }
    }
}
