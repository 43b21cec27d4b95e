package org.offtake.batch.nightly;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.offtake.datasets.ProcurementLine;
import org.offtake.datasets.read.Accepted;
import org.offtake.datasets.read.ReadResult;
import org.offtake.datasets.read.Rejection;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes accepted lines to the staging table (keyed by the source's record id) and rejections to the rejected-lines
 * table (keyed by the source line), in the chunk's transaction.
 */
class IngestWriter implements ItemWriter<ReadResult> {

    private static final String STAGE = "INSERT INTO staging_line (as_of, record_id, line_no, delivery_date, period, "
            + "manufacturer_id, manufacturer_name, item_code, item_name, region, quantity, unit_price, amount, "
            + "domestic, contract_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String REJECT = "INSERT INTO rejected_line (as_of, line_no, reason, detail, raw) "
            + "VALUES (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final String asOf;

    IngestWriter(JdbcTemplate jdbc, String asOf) {
        this.jdbc = jdbc;
        this.asOf = asOf;
    }

    @Override
    public void write(Chunk<? extends ReadResult> chunk) {
        List<Object[]> staged = new ArrayList<>();
        List<Object[]> rejected = new ArrayList<>();
        for (ReadResult result : chunk) {
            switch (result) {
                case Accepted a -> staged.add(row(a.line(), a.value()));
                case Rejection r -> rejected.add(new Object[] {asOf, r.line(), r.reason().code(),
                    Text.clip(r.detail(), 2000), Text.clip(r.raw(), 20000)});
            }
        }
        if (!staged.isEmpty()) {
            jdbc.batchUpdate(STAGE, staged);
        }
        if (!rejected.isEmpty()) {
            jdbc.batchUpdate(REJECT, rejected);
        }
    }

    private Object[] row(long line, ProcurementLine l) {
        return new Object[] {asOf, l.recordId(), line, Date.valueOf(l.date()), Periods.label(l.date()),
            l.manufacturerId(), l.manufacturerName(), l.itemCode(), l.itemName(), l.region(), l.quantity(),
            nullIfNaN(l.unitPrice()), nullIfNaN(l.amount()), l.domestic(),
            l.contractType() == null ? null : l.contractType().canonicalName()};
    }

    private static Double nullIfNaN(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
