-- Wpg (MAS §10): everything of a proces-verbaal lives in this table only, no longer also in process variables.
-- The date, the OM's explanation and who recorded each were variables before and get their own column here.
alter table proces_verbaal add column pv_datum date;
alter table proces_verbaal add column opgemaakt_door varchar(64);
alter table proces_verbaal add column afdoening_toelichting varchar(4000);
alter table proces_verbaal add column afgedaan_door varchar(64);
