package org.offtake.datasets;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a procurement history in the canonical layout: one delivery of one item by one manufacturer to one
 * customer. The generator writes these and the readers return them, so both agree on what a line is.
 *
 * <p>Text fields that a source file does not have are empty strings, never {@code null}. Numbers are {@code double}:
 * quantities are counts of units (exact in a {@code double} up to 2<sup>53</sup>), prices and amounts are tenge with
 * at most a few decimals, and the forecasting library works on {@code double} series; parsing and summing
 * {@code double} keeps the reader above half a million lines per second, which {@code BigDecimal} would not. A price
 * or amount that the file does not give is {@link Double#NaN}.
 *
 * @param recordId         the source's identifier of the line, unique in a file (required)
 * @param date             the delivery date (required)
 * @param manufacturerId   the manufacturer's 12-digit business identification number, BIN (required)
 * @param manufacturerName the manufacturer's name, or empty
 * @param itemCode         the item's code (required)
 * @param itemName         the item's name (INN, dosage form and strength, or a device), or empty
 * @param atcCode          the item's ATC code, empty for devices or when unknown
 * @param region           the region delivered to, or empty
 * @param customer         the customer (hospital, clinic, health department), or empty
 * @param quantity         units delivered, finite and positive (required)
 * @param unit             the unit of {@code quantity} (for example {@code уп.}, {@code фл.}, {@code шт.}), or empty
 * @param unitPrice        tenge per unit, not negative, or {@code NaN} when unknown
 * @param amount           tenge for the line, not negative, or {@code NaN} when unknown
 * @param domestic         whether the manufacturer is a domestic (Kazakhstan) producer
 * @param contractType     how the line was contracted, or {@code null} when the source does not say
 */
public record ProcurementLine(String recordId, LocalDate date, String manufacturerId, String manufacturerName,
                              String itemCode, String itemName, String atcCode, String region, String customer,
                              double quantity, String unit, double unitPrice, double amount, boolean domestic,
                              ContractType contractType) {

    /**
     * @throws NullPointerException     if a text field or the date is {@code null}
     * @throws IllegalArgumentException if a required text field is blank, the quantity is not finite and positive, or
     *                                  a price or amount is negative or infinite
     */
    public ProcurementLine {
        requireText(recordId, "recordId");
        Objects.requireNonNull(date, "date");
        requireText(manufacturerId, "manufacturerId");
        Objects.requireNonNull(manufacturerName, "manufacturerName");
        requireText(itemCode, "itemCode");
        Objects.requireNonNull(itemName, "itemName");
        Objects.requireNonNull(atcCode, "atcCode");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(unit, "unit");
        if (!(quantity > 0) || quantity == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("quantity must be finite and positive, was " + quantity
                    + " (record " + recordId + ")");
        }
        requirePriceLike(unitPrice, "unitPrice", recordId);
        requirePriceLike(amount, "amount", recordId);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void requirePriceLike(double value, String name, String recordId) {
        if (value < 0 || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be NaN (unknown) or finite and not negative, was "
                    + value + " (record " + recordId + ")");
        }
    }
}
