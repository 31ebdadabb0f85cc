-- MAS §10: a melding never changes who reads existing werkprocessen. A Dossier belongs to the gemeente whose team
-- works it; a melding about a known Jongere from another gemeente gets that gemeente's own Dossier of the Jongere,
-- and the reported move waits for the old gemeente's team to confirm it (verhuizing) and hand its Dossier over.
alter table dossier add column gemeente_id bigint references gemeente (id);
update dossier set gemeente_id = (select j.woongemeente_id from jongere j where j.id = dossier.jongere_id);
alter table dossier alter column gemeente_id set not null;
-- Set when the move away from this gemeente is confirmed: from then on the team of the Jongere's woongemeente reads it too.
alter table dossier add column overgedragen_op timestamp with time zone;
alter table dossier drop constraint uk_dossier_jongere;
alter table dossier add constraint uk_dossier_jongere_gemeente unique (jongere_id, gemeente_id);

create sequence verhuizing_seq start with 1 increment by 50;
create table verhuizing (
    id                  bigint                   not null primary key,
    jongere_id          bigint                   not null references jongere (id),
    van_dossier_id      bigint                   not null references dossier (id),
    naar_dossier_id     bigint                   not null references dossier (id),
    meldingsdatum       date                     not null,
    gemeld_op           timestamp with time zone not null,
    status              varchar(20)              not null,
    afgehandeld_op      timestamp with time zone,
    process_instance_id varchar(64)
);
create index ix_verhuizing_jongere on verhuizing (jongere_id, status);
