-- The werkvoorraad page and the Dossier list find a Jongere by BSN or meldingnummer through the Dossier: the tasks
-- of the found Dossiers, and the Dossiers of the gemeenten a user works for. The name search has its own index on
-- PostgreSQL (V40_1).
create index ix_werkvoorraad_dossier on werkvoorraad_taak (dossier_id);
create index ix_dossier_gemeente on dossier (gemeente_id);
