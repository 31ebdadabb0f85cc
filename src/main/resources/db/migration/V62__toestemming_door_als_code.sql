-- Who consented to vrijwillige hulp is a code of codelijst-toestemming (codelijsten.dmn) now, at most 40 characters
-- like every code of those lists (ADR 0021).
alter table interventie alter column toestemming_door set data type varchar(40);
