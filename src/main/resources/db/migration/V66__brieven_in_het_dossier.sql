-- Letters from templates (brieven/): CONCEPT -> DEFINITIEF (with PDF) -> VERZONDEN (date and channel), with the
-- template file and deployment that made them. The text letters from before keep their text and count as final.
alter table document add column datum date;
alter table document add column afzender varchar(200);
alter table document add column status varchar(16) default 'DEFINITIEF' not null;
alter table document add column html varchar(1000000);
alter table document add column sjabloon varchar(200);
alter table document add column sjabloon_versie varchar(64);
alter table document add column extra_alinea varchar(4000);
alter table document add column verzonden_op date;
alter table document add column verzendkanaal varchar(16);
alter table document alter column inhoud drop not null;
update document set datum = cast(aangemaakt_op as date), afzender = 'Leerplicht';
