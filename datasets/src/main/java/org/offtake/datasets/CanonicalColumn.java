package org.offtake.datasets;

import java.util.List;

/**
 * The fifteen columns of the canonical procurement layout, in order, with the Russian headers that real exports use
 * for them. A reader finds a column by its canonical name, by one of its Russian headers (both compared ignoring case
 * and repeated whitespace) or by a mapping file.
 */
public enum CanonicalColumn {
    RECORD_ID("record_id", true, "Номер записи"),
    DATE("date", true, "Дата поставки", "Дата"),
    MANUFACTURER_ID("manufacturer_id", true, "БИН производителя"),
    MANUFACTURER_NAME("manufacturer_name", false, "Производитель"),
    ITEM_CODE("item_code", true, "Код товара"),
    ITEM_NAME("item_name", false, "Наименование"),
    ATC_CODE("atc_code", false, "Код АТХ"),
    REGION("region", false, "Регион"),
    CUSTOMER("customer", false, "Заказчик"),
    QUANTITY("quantity", true, "Количество"),
    UNIT("unit", false, "Ед. изм."),
    UNIT_PRICE("unit_price", false, "Цена за единицу"),
    AMOUNT("amount", false, "Сумма"),
    DOMESTIC("domestic", false, "Отечественный производитель"),
    CONTRACT_TYPE("contract_type", false, "Способ закупа");

    private final String canonicalName;
    private final boolean required;
    private final List<String> russianHeaders;

    CanonicalColumn(String canonicalName, boolean required, String... russianHeaders) {
        this.canonicalName = canonicalName;
        this.required = required;
        this.russianHeaders = List.of(russianHeaders);
    }

    /** The header in the canonical layout, for example {@code manufacturer_id}. */
    public String canonicalName() {
        return canonicalName;
    }

    /**
     * Whether every file must have this column and every row a value in it: record id, date, manufacturer, item and
     * quantity.
     */
    public boolean required() {
        return required;
    }

    /** The Russian headers built in for this column, for example {@code Дата поставки} and {@code Дата}. */
    public List<String> russianHeaders() {
        return russianHeaders;
    }

    /**
     * The column whose canonical name is {@code name} (exactly, as in a mapping file).
     *
     * @throws IllegalArgumentException naming the canonical names when {@code name} is none of them
     */
    public static CanonicalColumn byCanonicalName(String name) {
        for (CanonicalColumn column : values()) {
            if (column.canonicalName.equals(name.strip())) {
                return column;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a canonical column; expected one of "
                + header());
    }

    /** The canonical header line: the fifteen names separated by commas. */
    public static String header() {
        StringBuilder header = new StringBuilder();
        for (CanonicalColumn column : values()) {
            if (!header.isEmpty()) {
                header.append(',');
            }
            header.append(column.canonicalName);
        }
        return header.toString();
    }
}
