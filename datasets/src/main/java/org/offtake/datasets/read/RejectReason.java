package org.offtake.datasets.read;

import java.util.Locale;

/**
 * Why a data row was rejected. A row gets the reason of the first check it fails, in the order of these constants.
 * {@link #code()} is the lower-case name written in {@code rejected-lines.csv} and {@code summary.json}.
 */
public enum RejectReason {
    /** The row has a different number of fields from the header. */
    WRONG_FIELD_COUNT,
    /** The text could not be decoded (a byte that is not valid in the file's encoding). */
    INVALID_ENCODING,
    /** A required field (record id, date, manufacturer, item, quantity) is empty. */
    MISSING_FIELD,
    /** The date is not a date ({@code 31.02.2023}, {@code 2023-13-01}, text). */
    UNPARSABLE_DATE,
    /** The quantity, unit price or amount is not a number. */
    UNPARSABLE_NUMBER,
    /** The quantity is zero or negative. */
    NON_POSITIVE_QUANTITY,
    /** The unit price or amount is negative. */
    NEGATIVE_PRICE,
    /** The domestic flag is none of Да/Нет, true/false, yes/no, 1/0. */
    UNPARSABLE_FLAG,
    /** The contract type is none of tender, long_term, single_source or their Russian names. */
    UNKNOWN_CONTRACT_TYPE,
    /** The date is after the run's as-of month. */
    DATE_AFTER_AS_OF,
    /** An earlier accepted row has the same record id (the first is kept). */
    DUPLICATE_RECORD_ID;

    /** The lower-case name, for example {@code duplicate_record_id}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
