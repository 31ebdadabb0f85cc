-- Thuiszitters (MAS §6): detection, the thuiszitterstafel and the 3-monthly overview per samenwerkingsverband.
create sequence samenwerkingsverband_seq start with 1 increment by 50;
create sequence thuiszitter_seq start with 1 increment by 50;
create sequence thuiszitters_overzicht_seq start with 1 increment by 50;

create table samenwerkingsverband (
    id   bigint       not null primary key,
    code varchar(64)  not null,
    naam varchar(200) not null,
    constraint uk_samenwerkingsverband_code unique (code)
);
alter table gemeente add column samenwerkingsverband_id bigint references samenwerkingsverband (id);

-- The date a werkproces's first melding was made: MAS §6 counts the 4 weeks from it.
alter table werkproces add column eerste_meldingsdatum date;

create table thuiszitter (
    id                  bigint       not null primary key,
    dossier_id          bigint       not null references dossier (id),
    werkproces_id       bigint       not null references werkproces (id),
    reden               varchar(400) not null,
    sinds               date         not null,
    school              varchar(200),
    beeindigd_op        date,
    beeindigingsreden   varchar(40),
    aangemeld_bij_tafel boolean      not null,
    tafel_deelnemers    varchar(400),
    tafel_advies        varchar(4000),
    regiehouder         varchar(200),
    plan                varchar(4000),
    streefdatum         date,
    constraint uk_thuiszitter_werkproces unique (werkproces_id)
);
create index ix_thuiszitter_periode on thuiszitter (sinds, beeindigd_op);

create table thuiszitters_overzicht (
    id                      bigint                   not null primary key,
    samenwerkingsverband_id bigint                   not null references samenwerkingsverband (id),
    peildatum               date                     not null,
    aangemaakt_op           timestamp with time zone not null,
    aantal                  integer                  not null,
    csv                     varchar(1000000)         not null
);
create index ix_thuiszitters_overzicht on thuiszitters_overzicht (samenwerkingsverband_id, peildatum);
