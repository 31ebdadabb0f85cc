-- The werkvoorraad page and the Dossier list find a Jongere by any part of the name (lower(naam) like '%noor%').
-- Trigram indexes (extension pg_trgm, trusted since PostgreSQL 13, so the database owner may create it) serve that
-- search for the beheerder's whole country too. Without the extension, or the right to create it, the search reads
-- the rows of the user's own teams, which their team index finds; so does H2 (demo and tests), which has no such
-- index.
do $$
begin
  begin
    create extension if not exists pg_trgm;
  exception when others then
    raise notice 'pg_trgm is niet beschikbaar: zoeken op naam zonder trigramindex';
  end;
  if exists (select 1 from pg_extension where extname = 'pg_trgm') then
    execute 'create index ix_werkvoorraad_naam_trgm on werkvoorraad_taak using gin (lower(jongere_naam) gin_trgm_ops)';
    execute 'create index ix_jongere_naam_trgm on jongere using gin (lower(voornaam || '' '' || achternaam) gin_trgm_ops)';
  end if;
end $$;
