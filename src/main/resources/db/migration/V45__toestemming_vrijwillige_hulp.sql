-- MAS §10: consent is recorded when help is arranged: who consented to vrijwillige hulp, and on which date.
alter table interventie add column toestemming_door varchar(20);
alter table interventie add column toestemming_datum date;
