-- Case numbers (ESC-2026-000001, ADV-…, INF-…, INI-…): one counter per prefix and year.
CREATE TABLE IF NOT EXISTS wijk_zaaknummer (
    prefix  VARCHAR(8) NOT NULL,
    jaar    INTEGER    NOT NULL,
    laatste BIGINT     NOT NULL,
    PRIMARY KEY (prefix, jaar)
);

-- Idempotency-Key of the public API: a retried submission gets the first answer back.
CREATE TABLE IF NOT EXISTS wijk_idempotentie (
    sleutel    VARCHAR(200) NOT NULL,
    route      VARCHAR(40)  NOT NULL,
    antwoord   VARCHAR(2000) NOT NULL,
    aangemaakt TIMESTAMP    NOT NULL,
    PRIMARY KEY (sleutel, route)
);

-- Weekly digest (dashboard/Weekoverzicht): one row per person and ISO week, written with the start of his
-- weekoverzicht process, so two instances on one database never mail the same digest twice.
CREATE TABLE IF NOT EXISTS wijk_weekoverzicht (
    gebruiker VARCHAR(255) NOT NULL,
    week      VARCHAR(10)  NOT NULL,
    ingepland TIMESTAMP    NOT NULL,
    PRIMARY KEY (gebruiker, week)
);

-- The Idempotency-Key is bound to its submission: SHA-256 of the submitted fields (a key reused with other fields
-- is refused). Rows from before this column have none and are refused as well.
ALTER TABLE wijk_idempotentie ADD COLUMN IF NOT EXISTS inhoud_hash VARCHAR(64);

-- Rate limits (Bucket4j, config/Emmeropslag): one bucket per client address and kind, shared by every instance.
CREATE TABLE IF NOT EXISTS wijk_emmer (
    id         VARCHAR(200) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
