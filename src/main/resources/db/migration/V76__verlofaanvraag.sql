-- Verlof outside the school holidays of more than 10 school days, decided by the LPA (MAS §7, vrijstellingen.md).
create sequence verlofaanvraag_seq start with 1 increment by 50;

create table verlofaanvraag (
    id            bigint                   not null primary key,
    dossier_id    bigint                   not null references dossier (id),
    werkproces_id bigint                   references werkproces (id),
    school_id     bigint                   not null references school (id),
    van           date                     not null,
    tot           date                     not null,
    schooldagen   integer                  not null,
    reden         varchar(4000)            not null,
    aanvraagdatum date                     not null,
    ontvangen_op  timestamp with time zone not null,
    status        varchar(16)              not null,
    besluitdatum  date,
    motivering    varchar(4000),
    constraint ck_verlofaanvraag_status check (status in ('AANGEVRAAGD', 'VERLEEND', 'AFGEWEZEN'))
);
create index ix_verlofaanvraag_dossier on verlofaanvraag (dossier_id);
create index ix_verlofaanvraag_werkproces on verlofaanvraag (werkproces_id);
create index ix_verlofaanvraag_status on verlofaanvraag (status, van);
