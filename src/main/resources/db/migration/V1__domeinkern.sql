-- Domain core of schoolverzuim (MAS.md §1, §3). The Camunda engine manages its own ACT_* tables.
create sequence regio_seq start with 1 increment by 50;
create sequence gemeente_seq start with 1 increment by 50;
create sequence school_seq start with 1 increment by 50;
create sequence jongere_seq start with 1 increment by 50;
create sequence dossier_seq start with 1 increment by 50;
create sequence werkproces_seq start with 1 increment by 50;
create sequence melding_seq start with 1 increment by 50;

create table regio (
    id                  bigint       not null primary key,
    code                varchar(64)  not null,
    naam                varchar(200) not null,
    bovengrens_leeftijd integer      not null,
    constraint uk_regio_code unique (code)
);

create table gemeente (
    id       bigint       not null primary key,
    cbs_code varchar(6)   not null,
    naam     varchar(200) not null,
    sleutel  varchar(64)  not null,
    regio_id bigint       not null references regio (id),
    constraint uk_gemeente_cbs_code unique (cbs_code),
    constraint uk_gemeente_naam unique (naam),
    constraint uk_gemeente_sleutel unique (sleutel)
);

create table school (
    id             bigint       not null primary key,
    brin           varchar(6)   not null,
    naam           varchar(200) not null,
    onderwijssoort varchar(8)   not null,
    constraint uk_school_brin unique (brin)
);

create table jongere (
    id              bigint       not null primary key,
    bsn             varchar(9),
    voornaam        varchar(100) not null,
    achternaam      varchar(150) not null,
    geboortedatum   date         not null,
    woongemeente_id bigint       not null references gemeente (id),
    constraint uk_jongere_bsn unique (bsn)
);
create index ix_jongere_naam_geboortedatum on jongere (geboortedatum, achternaam);

create table dossier (
    id            bigint                   not null primary key,
    jongere_id    bigint                   not null references jongere (id),
    aangemaakt_op timestamp with time zone not null,
    constraint uk_dossier_jongere unique (jongere_id)
);

create table werkproces (
    id                  bigint                   not null primary key,
    dossier_id          bigint                   not null references dossier (id),
    verzuimsoort        varchar(32)              not null,
    proces_key          varchar(255)             not null,
    team                varchar(32)              not null,
    kandidaat_groep     varchar(100)             not null,
    process_instance_id varchar(64),
    gestart_op          timestamp with time zone not null,
    constraint uk_werkproces_process_instance unique (process_instance_id)
);
create index ix_werkproces_dossier on werkproces (dossier_id);

create table melding (
    id                 bigint                   not null primary key,
    meldingnummer      varchar(64),
    verzuimsoort       varchar(32)              not null,
    meldingsdatum      date                     not null,
    ontvangen_op       timestamp with time zone not null,
    uren_verzuim       integer                  not null,
    keren_te_laat      integer                  not null,
    preventief_gesprek boolean                  not null,
    actie_gewenst      boolean,
    toelichting        varchar(4000),
    school_id          bigint references school (id),
    dossier_id         bigint                   not null references dossier (id),
    werkproces_id      bigint references werkproces (id),
    constraint uk_melding_meldingnummer unique (meldingnummer),
    constraint ck_melding_uren check (uren_verzuim >= 0 and keren_te_laat >= 0)
);
create index ix_melding_dossier on melding (dossier_id);
create index ix_melding_werkproces on melding (werkproces_id);
