-- Documents on a case (zaak/Documentopslag, DatabaseDocumentopslag): who added what and when, whether it is
-- vertrouwelijk (never on the status page), and a soft delete by camunda-admin (who and when; the row stays).
CREATE TABLE IF NOT EXISTS wijk_document (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    zaaknummer         VARCHAR(40)  NOT NULL,
    naam               VARCHAR(200) NOT NULL,
    type               VARCHAR(120) NOT NULL,
    grootte            BIGINT       NOT NULL,
    door               VARCHAR(255) NOT NULL,
    moment             TIMESTAMP    NOT NULL,
    vertrouwelijk      BOOLEAN      DEFAULT FALSE NOT NULL,
    verwijderd_door    VARCHAR(255),
    verwijderd_moment  TIMESTAMP
);
CREATE INDEX IF NOT EXISTS wijk_idx_document_zaak ON wijk_document (zaaknummer, moment);

-- The content in parts of at most 256 kB, written and read one part at a time: no whole file sits in the heap, on
-- H2 and PostgreSQL alike (a single bytea column is read whole by the PostgreSQL driver).
CREATE TABLE IF NOT EXISTS wijk_document_deel (
    document  VARCHAR(36) NOT NULL,
    volgnummer INTEGER    NOT NULL,
    inhoud    BYTEA       NOT NULL,
    PRIMARY KEY (document, volgnummer)
);
