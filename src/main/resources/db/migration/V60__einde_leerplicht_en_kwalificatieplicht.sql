-- MAS §2: what a melding states about the end of leerplicht and kwalificatieplicht; null = not known.
-- Full school years completed (12 end leerplicht).
alter table jongere add column volledige_schooljaren integer;
-- Art. 4a lid 2: the ground on which kwalificatieplicht does not apply (KwalificatieplichtVervallen).
alter table jongere add column kwalificatieplicht_vervallen varchar(40);
