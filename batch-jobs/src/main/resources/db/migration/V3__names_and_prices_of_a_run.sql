-- The series step now also keeps what the report needs from the accepted lines, so the report need not group the
-- staging table again: each item's name (the greatest, when lines disagree) and each manufacturer x item's mean unit
-- price.
ALTER TABLE series_item ADD COLUMN item_name VARCHAR(1000);

-- Manufacturer x item pairs of a run. unit_price is amount / quantity over the pair's lines with a positive amount in
-- the 12 months up to the run's month, or over all its lines with a positive amount when there are none recently;
-- NULL when no line has an amount.
CREATE TABLE series_pair (
    as_of           VARCHAR(7)       NOT NULL,
    manufacturer_id VARCHAR(200)     NOT NULL,
    item_code       VARCHAR(200)     NOT NULL,
    unit_price      DOUBLE PRECISION,
    PRIMARY KEY (as_of, manufacturer_id, item_code)
);
