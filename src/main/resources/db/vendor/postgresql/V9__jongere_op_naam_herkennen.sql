-- Every intake asks whether the Jongere is known, by BSN or else by name and date of birth in any case
-- (JongereRepository.findKandidaten). The index of V1 on (geboortedatum, achternaam) cannot serve lower(achternaam), so
-- PostgreSQL read every Jongere born that day; this index on the lower-cased names makes it one probe. H2 has no
-- expression indexes and keeps the index of V1.
create index ix_jongere_geboortedatum_naam on jongere (geboortedatum, lower(achternaam), lower(voornaam));
drop index ix_jongere_naam_geboortedatum;
