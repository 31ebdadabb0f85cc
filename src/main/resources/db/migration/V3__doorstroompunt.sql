-- Doorstroompunt (MAS §8): one VsvTraject per Jongere, with contact attempts and periodic monitoring checks.
create sequence vsv_traject_seq start with 1 increment by 50;
create sequence contactpoging_seq start with 1 increment by 50;
create sequence monitoring_controle_seq start with 1 increment by 50;

create table vsv_traject (
    id                 bigint       not null primary key,
    dossier_id         bigint       not null references dossier (id),
    werkproces_id      bigint references werkproces (id),
    gemeente_id        bigint       not null references gemeente (id),
    status             varchar(20)  not null,
    uitvaldatum        date         not null,
    laatste_monitoring varchar(40),
    afrond_reden       varchar(40),
    afgerond_op        timestamp with time zone,
    herbenaderen_op    date,
    constraint uk_vsv_traject_dossier unique (dossier_id)
);
-- Tabel 4/7 of [000]: counts per gemeente, status and new/old (uitvaldatum in or before the school year).
create index ix_vsv_traject_telling on vsv_traject (gemeente_id, status, uitvaldatum);

create table contactpoging (
    id             bigint      not null primary key,
    vsv_traject_id bigint      not null references vsv_traject (id),
    soort          varchar(20) not null,
    datum          date        not null,
    uitkomst       varchar(20) not null,
    notitie        varchar(4000)
);
create index ix_contactpoging_traject on contactpoging (vsv_traject_id);

create table monitoring_controle (
    id             bigint      not null primary key,
    vsv_traject_id bigint      not null references vsv_traject (id),
    datum          date        not null,
    resultaat      varchar(40) not null,
    vervolg        varchar(30) not null,
    notitie        varchar(4000)
);
create index ix_monitoring_controle_traject on monitoring_controle (vsv_traject_id);
