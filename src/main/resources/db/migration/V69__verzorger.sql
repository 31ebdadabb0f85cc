-- The Jongere's ouders/verzorgers in a Dossier (letters go to them): from the optional field "ouders" of a melding or
-- entered by the officer (nl.schoolverzuim.dossier.Verzorgers). One row per person per Dossier: naam_sleutel is the
-- name in lower case with single spaces, so a repeated melding naming the same ouder finds the row (ADR 0026).
-- Removed with the Dossier when its retention ends (nl.schoolverzuim.dossier.Opruiming).
create sequence verzorger_seq start with 1 increment by 50;

create table verzorger (
    id             bigint                   not null primary key,
    dossier_id     bigint                   not null references dossier (id),
    naam           varchar(200)             not null,
    naam_sleutel   varchar(200)             not null,
    straat         varchar(200),
    huisnummer     varchar(16),
    postcode       varchar(7),
    woonplaats     varchar(100),
    telefoon       varchar(32),
    email          varchar(254),
    gezag          boolean,
    bron           varchar(16)              not null,
    gewijzigd_op   timestamp with time zone not null,
    gewijzigd_door varchar(64),
    constraint uk_verzorger_dossier_naam unique (dossier_id, naam_sleutel)
);
