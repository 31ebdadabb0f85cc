-- Werkvoorraad read model: the open user tasks with the Jongere at hand, kept in step with the engine in
-- the same transaction, indexed for "open tasks of group X by due date" and "my tasks by due date".
create table werkvoorraad_taak (
    task_id             varchar(64)              not null primary key,
    process_instance_id varchar(64)              not null,
    werkproces_id       bigint,
    dossier_id          bigint,
    naam                varchar(255),
    taak_key            varchar(255),
    kandidaat_groepen   varchar(500),
    toegewezen_aan      varchar(255),
    vervaldatum         timestamp with time zone,
    aangemaakt_op       timestamp with time zone not null,
    jongere_naam        varchar(255),
    leeftijd            integer,
    gemeente            varchar(200),
    school_naam         varchar(200),
    verzuimsoort        varchar(32),
    thuiszitter_sinds   date
);
create index ix_werkvoorraad_toegewezen on werkvoorraad_taak (toegewezen_aan, vervaldatum);
create index ix_werkvoorraad_proces on werkvoorraad_taak (process_instance_id);

create table werkvoorraad_groep (
    groep       varchar(100)             not null,
    task_id     varchar(64)              not null references werkvoorraad_taak (task_id) on delete cascade,
    vervaldatum timestamp with time zone,
    primary key (groep, task_id)
);
create index ix_werkvoorraad_groep_vervaldatum on werkvoorraad_groep (groep, vervaldatum, task_id);
create index ix_werkvoorraad_groep_taak on werkvoorraad_groep (task_id);
