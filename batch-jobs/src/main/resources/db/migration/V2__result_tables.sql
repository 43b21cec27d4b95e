-- Offtake's result tables. Every row carries the as-of month (YYYY-MM) of the run that wrote it: a rerun for the same
-- month deletes that month's rows first, and earlier months' rows stay. Portable SQL: H2 and PostgreSQL.

CREATE TABLE offtake_run (
    as_of            VARCHAR(7)    NOT NULL PRIMARY KEY,
    job_execution_id BIGINT        NOT NULL,
    started          TIMESTAMP     NOT NULL,
    ended            TIMESTAMP,
    status           VARCHAR(20)   NOT NULL,
    input            VARCHAR(2000) NOT NULL,
    input_checksum   VARCHAR(64)   NOT NULL,
    rows_read        BIGINT,
    accepted         BIGINT,
    rejected         BIGINT,
    series           BIGINT,
    forecasts        BIGINT,
    recommendations  BIGINT
);

-- Accepted procurement lines, keyed by the source's record id. The key leads with the record id, not the month: the
-- series step reads a whole month, which is faster as a scan of the table than through the key (H2 would otherwise
-- fetch every row through the index).
CREATE TABLE staging_line (
    as_of             VARCHAR(7)       NOT NULL,
    record_id         VARCHAR(200)     NOT NULL,
    line_no           BIGINT           NOT NULL,
    delivery_date     DATE             NOT NULL,
    period            VARCHAR(7)       NOT NULL,
    manufacturer_id   VARCHAR(200)     NOT NULL,
    manufacturer_name VARCHAR(1000)    NOT NULL,
    item_code         VARCHAR(200)     NOT NULL,
    item_name         VARCHAR(1000)    NOT NULL,
    region            VARCHAR(200)     NOT NULL,
    quantity          DOUBLE PRECISION NOT NULL,
    unit_price        DOUBLE PRECISION,
    amount            DOUBLE PRECISION,
    domestic          BOOLEAN          NOT NULL,
    contract_type     VARCHAR(20),
    PRIMARY KEY (record_id, as_of)
);

CREATE TABLE rejected_line (
    as_of   VARCHAR(7)     NOT NULL,
    line_no BIGINT         NOT NULL,
    reason  VARCHAR(40)    NOT NULL,
    detail  VARCHAR(2000)  NOT NULL,
    raw     VARCHAR(20000) NOT NULL,
    PRIMARY KEY (as_of, line_no)
);

-- Monthly demand: level item_region (manufacturer_id empty) or manufacturer_item (region empty); months with
-- purchases only (a month absent from a series had none).
CREATE TABLE demand_series (
    as_of           VARCHAR(7)       NOT NULL,
    item_code       VARCHAR(200)     NOT NULL,
    level           VARCHAR(20)      NOT NULL,
    region          VARCHAR(200)     NOT NULL,
    manufacturer_id VARCHAR(200)     NOT NULL,
    period          VARCHAR(7)       NOT NULL,
    quantity        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (as_of, item_code, level, region, manufacturer_id, period)
);

-- The items of a run, numbered from 1 in item-code order: partitions of the forecast step take items by number.
CREATE TABLE series_item (
    as_of     VARCHAR(7)   NOT NULL,
    item_no   BIGINT       NOT NULL,
    item_code VARCHAR(200) NOT NULL,
    first_period VARCHAR(7) NOT NULL,
    PRIMARY KEY (as_of, item_no)
);

-- Manufacturers of a run; domestic when any of their accepted lines says so.
CREATE TABLE series_manufacturer (
    as_of           VARCHAR(7)    NOT NULL,
    manufacturer_id VARCHAR(200)  NOT NULL,
    name            VARCHAR(1000) NOT NULL,
    domestic        BOOLEAN       NOT NULL,
    PRIMARY KEY (as_of, manufacturer_id)
);

-- Reconciled forecasts: level item_region, item (national total) or manufacturer_item; bounds of the 80 % and 95 %
-- intervals (the 10th/90th and 2.5th/97.5th percentiles of the reconciled sample paths).
CREATE TABLE forecast (
    as_of           VARCHAR(7)       NOT NULL,
    item_code       VARCHAR(200)     NOT NULL,
    level           VARCHAR(20)      NOT NULL,
    region          VARCHAR(200)     NOT NULL,
    manufacturer_id VARCHAR(200)     NOT NULL,
    period          VARCHAR(7)       NOT NULL,
    mean            DOUBLE PRECISION NOT NULL,
    lower_95        DOUBLE PRECISION NOT NULL,
    lower_80        DOUBLE PRECISION NOT NULL,
    upper_80        DOUBLE PRECISION NOT NULL,
    upper_95        DOUBLE PRECISION NOT NULL,
    model           VARCHAR(2000)    NOT NULL,
    PRIMARY KEY (as_of, item_code, level, region, manufacturer_id, period)
);

-- Rolling-origin back-test of the model on items' national series (a sample of items, see the README).
CREATE TABLE backtest_accuracy (
    as_of       VARCHAR(7)       NOT NULL,
    item_code   VARCHAR(200)     NOT NULL,
    origins     INTEGER          NOT NULL,
    horizon     INTEGER          NOT NULL,
    mae         DOUBLE PRECISION,
    rmse        DOUBLE PRECISION,
    mase        DOUBLE PRECISION,
    smape       DOUBLE PRECISION,
    wape        DOUBLE PRECISION,
    bias        DOUBLE PRECISION,
    coverage_80 DOUBLE PRECISION,
    coverage_95 DOUBLE PRECISION,
    model       VARCHAR(2000)    NOT NULL,
    PRIMARY KEY (as_of, item_code)
);

-- Contract recommendations per manufacturer x item: one row per contract year, and year 0 for the whole term.
CREATE TABLE contract_recommendation (
    as_of                 VARCHAR(7)       NOT NULL,
    manufacturer_id       VARCHAR(200)     NOT NULL,
    item_code             VARCHAR(200)     NOT NULL,
    contract_year         INTEGER          NOT NULL,
    period_from           VARCHAR(7)       NOT NULL,
    period_to             VARCHAR(7)       NOT NULL,
    share                 DOUBLE PRECISION NOT NULL,
    firm                  DOUBLE PRECISION NOT NULL,
    option_volume         DOUBLE PRECISION NOT NULL,
    mean                  DOUBLE PRECISION NOT NULL,
    p10                   DOUBLE PRECISION NOT NULL,
    p50                   DOUBLE PRECISION NOT NULL,
    p90                   DOUBLE PRECISION NOT NULL,
    expected_shortfall    DOUBLE PRECISION NOT NULL,
    expected_excess       DOUBLE PRECISION NOT NULL,
    probability_of_excess DOUBLE PRECISION NOT NULL,
    expected_cost         DOUBLE PRECISION NOT NULL,
    terms_source          VARCHAR(20)      NOT NULL,
    model                 VARCHAR(2000)    NOT NULL,
    reason                VARCHAR(4000)    NOT NULL,
    PRIMARY KEY (as_of, manufacturer_id, item_code, contract_year)
);
