package org.offtake.datasets.read;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of a read. {@code accepted + rejected == rowsRead}, and the counts by reason add up to {@code rejected}.
 *
 * @param rowsRead           data rows read (blank lines and the header are not data rows)
 * @param accepted           rows accepted
 * @param rejected           rows rejected
 * @param rejectedByReason   rejections per reason, with every reason present (zero when none)
 * @param warningsByType     warnings per type, with every type present
 */
public record ReadSummary(long rowsRead, long accepted, long rejected, Map<RejectReason, Long> rejectedByReason,
                          Map<WarningType, Long> warningsByType) {

    /** @throws IllegalArgumentException if the counts do not add up */
    public ReadSummary {
        rejectedByReason = Collections.unmodifiableMap(new EnumMap<>(rejectedByReason));
        warningsByType = Collections.unmodifiableMap(new EnumMap<>(warningsByType));
        long byReason = rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
        if (accepted + rejected != rowsRead || byReason != rejected || accepted < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts do not add up: rows read " + rowsRead + ", accepted "
                    + accepted + ", rejected " + rejected + ", rejected by reason " + byReason);
        }
    }

    /** Rejections for {@code reason}. */
    public long rejected(RejectReason reason) {
        return rejectedByReason.getOrDefault(reason, 0L);
    }

    /** Warnings of {@code type}. */
    public long warnings(WarningType type) {
        return warningsByType.getOrDefault(type, 0L);
    }
}
