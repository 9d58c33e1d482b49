-- Case numbers (ESC-2026-000001, ADV-…, INF-…, INI-…): one counter per prefix and year.
CREATE TABLE IF NOT EXISTS wijk_zaaknummer (
    prefix  VARCHAR(8) NOT NULL,
    jaar    INTEGER    NOT NULL,
    laatste BIGINT     NOT NULL,
    PRIMARY KEY (prefix, jaar)
);
