-- The case list's search (zaak/Zoekteksten, issue 17): per case its number, title and subject in lower case, in one
-- narrow row written when the case starts. A search reads these short texts instead of lower-casing every case number
-- and every title and subject among the engine's history rows (at 100,000 open and as many closed cases a search that
-- finds nothing took 300 ms that way).
CREATE TABLE IF NOT EXISTS wijk_zoektekst (
    proc_inst_id VARCHAR(64)   NOT NULL PRIMARY KEY,
    tekst        VARCHAR(4000) NOT NULL
);
