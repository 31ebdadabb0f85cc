-- MAS §10: every read of a Dossier is logged (who, when, which Dossier); only the privacy role reads this log.
create sequence dossier_inzage_seq start with 1 increment by 50;
create table dossier_inzage (
    id         bigint                   not null primary key,
    dossier_id bigint                   not null references dossier (id),
    gebruiker  varchar(255)             not null,
    tijdstip   timestamp with time zone not null,
    via        varchar(100)             not null
);
create index ix_dossier_inzage on dossier_inzage (dossier_id, tijdstip);
