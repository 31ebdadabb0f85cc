-- Leerplicht werkproces (MAS §4): decisions and records that reporting and the dossier view query.
alter table werkproces add column preventief boolean default false not null;
alter table werkproces add column resultaat varchar(40);
alter table werkproces add column resultaat_detail varchar(60);
alter table werkproces add column afgesloten_op timestamp with time zone;
create index ix_werkproces_open on werkproces (dossier_id, afgesloten_op);

create sequence routebesluit_seq start with 1 increment by 50;
create sequence interventie_seq start with 1 increment by 50;
create sequence proces_verbaal_seq start with 1 increment by 50;
create sequence document_seq start with 1 increment by 50;
create sequence dsp_overdracht_seq start with 1 increment by 50;

-- MAS §4.3: the advice of the mas-route decision, the officer's choice and, when they differ, the motivation.
create table routebesluit (
    id            bigint                   not null primary key,
    werkproces_id bigint                   not null references werkproces (id),
    geadviseerd   varchar(200)             not null,
    gekozen       varchar(200)             not null,
    motivering    varchar(4000),
    besloten_door varchar(64),
    besloten_op   timestamp with time zone not null
);
create index ix_routebesluit_werkproces on routebesluit (werkproces_id);

-- Vrijwillige hulp, Halt-verwijzing and RvdK-verzoek with their outcome (MAS §4.3).
create table interventie (
    id            bigint                   not null primary key,
    werkproces_id bigint                   not null references werkproces (id),
    soort         varchar(32)              not null,
    gestart_op    timestamp with time zone not null,
    uitkomst      varchar(40),
    afgerond_op   timestamp with time zone,
    toelichting   varchar(4000)
);
create index ix_interventie_werkproces on interventie (werkproces_id, soort);

-- Proces-verbaal data are politiegegevens (Wpg, MAS §10): kept in their own table.
create table proces_verbaal (
    id            bigint                   not null primary key,
    werkproces_id bigint                   not null references werkproces (id),
    tegen_ouders  boolean                  not null,
    tegen_jongere boolean                  not null,
    opgemaakt_op  timestamp with time zone not null,
    feiten        varchar(4000),
    om_afdoening  varchar(32),
    afgedaan_op   timestamp with time zone
);
create index ix_proces_verbaal_werkproces on proces_verbaal (werkproces_id);

create table document (
    id            bigint                   not null primary key,
    dossier_id    bigint                   not null references dossier (id),
    werkproces_id bigint references werkproces (id),
    soort         varchar(40)              not null,
    titel         varchar(200)             not null,
    inhoud        varchar(8000)            not null,
    aangemaakt_op timestamp with time zone not null
);
create index ix_document_dossier on document (dossier_id);

-- MAS §2: the hand-off of a Dossier to the Doorstroompunt on the 18th birthday, for the DSP werkproces to pick up.
create table dsp_overdracht (
    id              bigint                   not null primary key,
    dossier_id      bigint                   not null references dossier (id),
    werkproces_id   bigint                   not null references werkproces (id),
    overgedragen_op timestamp with time zone not null,
    notitie         varchar(4000),
    opgepakt_op     timestamp with time zone,
    constraint uk_dsp_overdracht_werkproces unique (werkproces_id)
);
