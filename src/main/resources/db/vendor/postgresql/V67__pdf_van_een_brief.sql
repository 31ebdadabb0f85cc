-- The letter's PDF (V66).
alter table document add column pdf bytea;
