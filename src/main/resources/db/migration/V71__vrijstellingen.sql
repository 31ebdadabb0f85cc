-- Vrijstellingen (MAS §7): one row per aanvraag, decided in its own werkproces and exported to DUO when granted.
create sequence vrijstelling_seq start with 1 increment by 50;

create table vrijstelling (
    id                  bigint                   not null primary key,
    dossier_id          bigint                   not null references dossier (id),
    werkproces_id       bigint                   not null references werkproces (id),
    grond               varchar(16)              not null,
    status              varchar(16)              not null,
    aanvraagdatum       date                     not null,
    schooljaar          varchar(9),
    aanvrager           varchar(16)              not null,
    ingangsdatum        date                     not null,
    einddatum           date,
    bijlagen            varchar(400)             not null,
    toelichting         varchar(4000),
    toets_voldoet       boolean,
    toets_redenen       varchar(4000),
    besluitdatum        date,
    motivering          varchar(4000),
    intrekkingsreden    varchar(4000),
    geregistreerd_op    timestamp with time zone not null,
    constraint ck_vrijstelling_periode check (einddatum is null or einddatum > ingangsdatum)
);
create index ix_vrijstelling_dossier on vrijstelling (dossier_id);
create index ix_vrijstelling_werkproces on vrijstelling (werkproces_id);
create index ix_vrijstelling_status_periode on vrijstelling (status, ingangsdatum);
