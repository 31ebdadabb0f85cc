-- MAS §2: a startkwalificatie ends kwalificatieplicht; null = not known (a melding may leave it out).
alter table jongere add column startkwalificatie boolean;
-- Contract uitschrijfdatum: the first day not enrolled, for ABSOLUUT and VSV (the meldingsdatum when not given).
alter table melding add column uitschrijfdatum date;
-- MAS §3: a WETTELIJK melding after an earlier WETTELIJK one of the same Jongere in the same school year.
alter table melding add column herhaald boolean default false not null;
