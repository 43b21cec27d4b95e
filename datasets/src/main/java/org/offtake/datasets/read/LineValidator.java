package org.offtake.datasets.read;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.offtake.datasets.CanonicalColumn;
import org.offtake.datasets.ContractType;
import org.offtake.datasets.ProcurementLine;

/**
 * Turns one data row into an {@link Accepted} line or a {@link Rejection}, with the checks in the order of
 * {@link RejectReason}, and counts what it gave. Record ids are remembered only for accepted rows: a row is a
 * duplicate when an earlier <em>accepted</em> row has its id, so the first valid row with an id is the one kept.
 */
final class LineValidator {

    private static final CanonicalColumn[] REQUIRED = {CanonicalColumn.RECORD_ID, CanonicalColumn.DATE,
        CanonicalColumn.MANUFACTURER_ID, CanonicalColumn.ITEM_CODE, CanonicalColumn.QUANTITY};

    private final Columns columns;
    private final LocalDate lastDate;
    private final double tolerance;
    private final RecordIdSet ids = new RecordIdSet();
    private final long[] rejectedByReason = new long[RejectReason.values().length];
    private final long[] warningsByType = new long[WarningType.values().length];
    private long accepted;
    private long rowsRead;

    private final int recordId;
    private final int date;
    private final int manufacturerId;
    private final int manufacturerName;
    private final int itemCode;
    private final int itemName;
    private final int atcCode;
    private final int region;
    private final int customer;
    private final int quantity;
    private final int unit;
    private final int unitPrice;
    private final int amount;
    private final int domestic;
    private final int contractType;

    LineValidator(Columns columns, ReadOptions options) {
        this.columns = columns;
        this.lastDate = options.lastDate();
        this.tolerance = options.amountTolerance();
        recordId = columns.of(CanonicalColumn.RECORD_ID);
        date = columns.of(CanonicalColumn.DATE);
        manufacturerId = columns.of(CanonicalColumn.MANUFACTURER_ID);
        manufacturerName = columns.of(CanonicalColumn.MANUFACTURER_NAME);
        itemCode = columns.of(CanonicalColumn.ITEM_CODE);
        itemName = columns.of(CanonicalColumn.ITEM_NAME);
        atcCode = columns.of(CanonicalColumn.ATC_CODE);
        region = columns.of(CanonicalColumn.REGION);
        customer = columns.of(CanonicalColumn.CUSTOMER);
        quantity = columns.of(CanonicalColumn.QUANTITY);
        unit = columns.of(CanonicalColumn.UNIT);
        unitPrice = columns.of(CanonicalColumn.UNIT_PRICE);
        amount = columns.of(CanonicalColumn.AMOUNT);
        domestic = columns.of(CanonicalColumn.DOMESTIC);
        contractType = columns.of(CanonicalColumn.CONTRACT_TYPE);
    }

    /** Validates the row last returned by {@code source}. */
    ReadResult validate(String[] row, RowSource source) {
        rowsRead++;
        long line = source.line();
        if (row.length != columns.width() && !(source.shortRowsArePadded() && row.length < columns.width())) {
            return reject(line, RejectReason.WRONG_FIELD_COUNT, row.length + " fields where the header has "
                    + columns.width(), source);
        }
        for (int i = 0; source.mayHoldReplacement() && i < row.length; i++) {
            if (row[i].indexOf('\uFFFD') >= 0) {
                return reject(line, RejectReason.INVALID_ENCODING, "field " + (i + 1) + " has bytes that are not "
                        + "valid in the file's encoding (decoded as U+FFFD)", source);
            }
        }
        for (CanonicalColumn column : REQUIRED) {
            if (field(row, columns.of(column)).isBlank()) {
                return reject(line, RejectReason.MISSING_FIELD, column.canonicalName() + " is empty", source);
            }
        }
        String dateText = row[date];
        LocalDate day = Dates.parse(dateText);
        if (day == null) {
            return reject(line, RejectReason.UNPARSABLE_DATE, "date '" + dateText + "' is not a date; expected "
                    + "yyyy-MM-dd or dd.MM.yyyy with a day the month has", source);
        }
        double units = Numbers.parse(row[quantity]);
        if (Double.isNaN(units) || Double.isInfinite(units)) {
            return reject(line, RejectReason.UNPARSABLE_NUMBER, "quantity '" + row[quantity] + "' is not a number; "
                    + "expected digits with a decimal comma or point and thousands separated by spaces", source);
        }
        double price = optionalNumber(row, unitPrice);
        if (Double.isInfinite(price)) {
            return reject(line, RejectReason.UNPARSABLE_NUMBER, "unit_price '" + row[unitPrice]
                    + "' is not a number; expected digits with a decimal comma or point", source);
        }
        double total = optionalNumber(row, amount);
        if (Double.isInfinite(total)) {
            return reject(line, RejectReason.UNPARSABLE_NUMBER, "amount '" + row[amount]
                    + "' is not a number; expected digits with a decimal comma or point", source);
        }
        if (!(units > 0)) {
            return reject(line, RejectReason.NON_POSITIVE_QUANTITY, "quantity " + Numbers.format(units)
                    + " is not positive", source);
        }
        if (price < 0 || total < 0) {
            return reject(line, RejectReason.NEGATIVE_PRICE, (price < 0 ? "unit_price " + Numbers.format(price)
                    : "amount " + Numbers.format(total)) + " is negative; expected 0 or more", source);
        }
        String flag = field(row, domestic);
        Boolean isDomestic = flag(flag);
        if (isDomestic == null) {
            return reject(line, RejectReason.UNPARSABLE_FLAG, "domestic '" + flag + "' is not a yes/no value; "
                    + "expected Да/Нет, true/false, yes/no or 1/0", source);
        }
        String type = field(row, contractType);
        ContractType contract = null;
        if (!type.isBlank()) {
            contract = ContractType.fromName(type);
            if (contract == null) {
                return reject(line, RejectReason.UNKNOWN_CONTRACT_TYPE, "contract_type '" + type + "' is unknown; "
                        + "expected " + ContractType.canonicalNames(), source);
            }
        }
        if (lastDate != null && day.isAfter(lastDate)) {
            return reject(line, RejectReason.DATE_AFTER_AS_OF, "date " + day + " is after the as-of month (last "
                    + "day " + lastDate + ")", source);
        }
        String id = strip(row[recordId]);
        if (!ids.add(id)) {
            return reject(line, RejectReason.DUPLICATE_RECORD_ID, "record_id '" + id + "' was already accepted "
                    + "earlier in the file; the first is kept", source);
        }
        ProcurementLine value = new ProcurementLine(id, day, strip(row[manufacturerId]),
                strip(field(row, manufacturerName)), strip(row[itemCode]), strip(field(row, itemName)),
                strip(field(row, atcCode)), strip(field(row, region)), strip(field(row, customer)), units,
                strip(field(row, unit)), price, total, isDomestic, contract);
        accepted++;
        if (!Double.isNaN(price) && !Double.isNaN(total)) {
            double expected = units * price;
            if (Math.abs(total - expected) > tolerance * Math.max(Math.abs(total), Math.abs(expected)) + 0.01) {
                warningsByType[WarningType.AMOUNT_MISMATCH.ordinal()]++;
                return new Accepted(line, value, List.of(new Warning(line, WarningType.AMOUNT_MISMATCH, "amount "
                        + Numbers.format(total) + " differs from quantity x unit_price = " + Numbers.format(units)
                        + " x " + Numbers.format(price) + " = " + Numbers.format(expected) + " by more than "
                        + tolerance * 100 + " %")));
            }
        }
        return new Accepted(line, value, List.of());
    }

    private static String field(String[] row, int index) {
        return index < 0 || index >= row.length ? "" : row[index];
    }

    /** The number in an optional column: NaN when empty or absent, infinity when not a number. */
    private static double optionalNumber(String[] row, int index) {
        String text = field(row, index);
        if (text.isBlank()) {
            return Double.NaN;
        }
        double value = Numbers.parse(text);
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    }

    /**
     * {@code text} without the whitespace around it ({@link String#strip()}), without looking further when its first
     * and last characters are plainly not whitespace: every character that {@link Character#isWhitespace} accepts
     * is a space, a control character below U+0020 or at least U+1680.
     */
    static String strip(String text) {
        int length = text.length();
        if (length == 0) {
            return text;
        }
        char first = text.charAt(0);
        char last = text.charAt(length - 1);
        if (first > ' ' && first < '\u1680' && last > ' ' && last < '\u1680') {
            return text;
        }
        return text.strip();
    }

    private static Boolean flag(String text) {
        switch (text) {
            case "false", "Нет" -> {
                return Boolean.FALSE;
            }
            case "true", "Да" -> {
                return Boolean.TRUE;
            }
            default -> {
            }
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "нет", "false", "no", "0", "n", "н" -> Boolean.FALSE;
            case "да", "true", "yes", "1", "y", "д" -> Boolean.TRUE;
            default -> null;
        };
    }

    private Rejection reject(long line, RejectReason reason, String detail, RowSource source) {
        rejectedByReason[reason.ordinal()]++;
        return new Rejection(line, reason, detail, source.raw());
    }

    /** The counts so far. */
    ReadSummary summary() {
        EnumMap<RejectReason, Long> reasons = new EnumMap<>(RejectReason.class);
        long rejected = 0;
        for (RejectReason reason : RejectReason.values()) {
            reasons.put(reason, rejectedByReason[reason.ordinal()]);
            rejected += rejectedByReason[reason.ordinal()];
        }
        EnumMap<WarningType, Long> warnings = new EnumMap<>(WarningType.class);
        for (WarningType type : WarningType.values()) {
            warnings.put(type, warningsByType[type.ordinal()]);
        }
        return new ReadSummary(rowsRead, accepted, rejected, reasons, warnings);
    }

    /** Data rows validated so far. */
    long rowsRead() {
        return rowsRead;
    }
}
