-- A vrijstelling or verlof request is no verzuim (MAS §3, §7): its werkproces has no Verzuimsoort, so no report
-- counts it as informatie en advies and no melding joins it (ADR 0033). Pages label it by its process key.
alter table werkproces alter column verzuimsoort drop not null;
update werkproces set verzuimsoort = null where proces_key in ('vrijstelling', 'verlof');

-- The werkvoorraad row names the process of its task, for that label.
alter table werkvoorraad_taak add column proces_key varchar(255);
update werkvoorraad_taak set proces_key = (select w.proces_key from werkproces w where w.id = werkvoorraad_taak.werkproces_id);
update werkvoorraad_taak set verzuimsoort = null where proces_key in ('vrijstelling', 'verlof');
