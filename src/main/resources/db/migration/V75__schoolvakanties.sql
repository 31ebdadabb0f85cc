-- Schooldagen for verlof (MAS §7): the school holidays per vakantieregio and school year, and which vakantieregio a
-- gemeente is in. Reference tables the beheerder maintains (/api/schoolvakanties); seeded with the published dates.
create sequence schoolvakantie_seq start with 1001 increment by 50;

create table schoolvakantie (
    id            bigint       not null primary key,
    schooljaar    varchar(9)   not null,
    vakantieregio varchar(8)   not null,
    naam          varchar(100) not null,
    van           date         not null,
    tot           date         not null,
    constraint ck_schoolvakantie_regio check (vakantieregio in ('NOORD', 'MIDDEN', 'ZUID')),
    constraint ck_schoolvakantie_periode check (tot >= van)
);
create index ix_schoolvakantie_regio_periode on schoolvakantie (vakantieregio, van);

-- By CBS code, not by gemeente row: gemeenten are added after the migrations run (demo data, beheer).
create table vakantieregio_gemeente (
    cbs_code      varchar(6) not null primary key,
    vakantieregio varchar(8) not null,
    constraint ck_vakantieregio_gemeente check (vakantieregio in ('NOORD', 'MIDDEN', 'ZUID'))
);

-- Bron: rijksoverheid.nl, "Overzicht schoolvakanties 2026-2027" en "Overzicht schoolvakanties 2027-2028"
-- (https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar), zaterdag t/m
-- zondag. Herfst- en voorjaarsvakantie zijn adviesdata van OCW; een school mag afwijken, de beheerder past dan aan.
insert into schoolvakantie (id, schooljaar, vakantieregio, naam, van, tot) values
    (1,  '2026-2027', 'NOORD',  'Herfstvakantie',    date '2026-10-17', date '2026-10-25'),
    (2,  '2026-2027', 'MIDDEN', 'Herfstvakantie',    date '2026-10-17', date '2026-10-25'),
    (3,  '2026-2027', 'ZUID',   'Herfstvakantie',    date '2026-10-10', date '2026-10-18'),
    (4,  '2026-2027', 'NOORD',  'Kerstvakantie',     date '2026-12-19', date '2027-01-03'),
    (5,  '2026-2027', 'MIDDEN', 'Kerstvakantie',     date '2026-12-19', date '2027-01-03'),
    (6,  '2026-2027', 'ZUID',   'Kerstvakantie',     date '2026-12-19', date '2027-01-03'),
    (7,  '2026-2027', 'NOORD',  'Voorjaarsvakantie', date '2027-02-13', date '2027-02-21'),
    (8,  '2026-2027', 'MIDDEN', 'Voorjaarsvakantie', date '2027-02-20', date '2027-02-28'),
    (9,  '2026-2027', 'ZUID',   'Voorjaarsvakantie', date '2027-02-06', date '2027-02-14'),
    (10, '2026-2027', 'NOORD',  'Meivakantie',       date '2027-04-24', date '2027-05-02'),
    (11, '2026-2027', 'MIDDEN', 'Meivakantie',       date '2027-04-24', date '2027-05-02'),
    (12, '2026-2027', 'ZUID',   'Meivakantie',       date '2027-04-24', date '2027-05-02'),
    (13, '2026-2027', 'NOORD',  'Zomervakantie',     date '2027-07-03', date '2027-08-15'),
    (14, '2026-2027', 'MIDDEN', 'Zomervakantie',     date '2027-07-17', date '2027-08-29'),
    (15, '2026-2027', 'ZUID',   'Zomervakantie',     date '2027-07-10', date '2027-08-22'),
    (16, '2027-2028', 'NOORD',  'Herfstvakantie',    date '2027-10-16', date '2027-10-24'),
    (17, '2027-2028', 'MIDDEN', 'Herfstvakantie',    date '2027-10-16', date '2027-10-24'),
    (18, '2027-2028', 'ZUID',   'Herfstvakantie',    date '2027-10-23', date '2027-10-31'),
    (19, '2027-2028', 'NOORD',  'Kerstvakantie',     date '2027-12-25', date '2028-01-09'),
    (20, '2027-2028', 'MIDDEN', 'Kerstvakantie',     date '2027-12-25', date '2028-01-09'),
    (21, '2027-2028', 'ZUID',   'Kerstvakantie',     date '2027-12-25', date '2028-01-09'),
    (22, '2027-2028', 'NOORD',  'Voorjaarsvakantie', date '2028-02-19', date '2028-02-27'),
    (23, '2027-2028', 'MIDDEN', 'Voorjaarsvakantie', date '2028-02-26', date '2028-03-05'),
    (24, '2027-2028', 'ZUID',   'Voorjaarsvakantie', date '2028-02-26', date '2028-03-05'),
    (25, '2027-2028', 'NOORD',  'Meivakantie',       date '2028-04-29', date '2028-05-07'),
    (26, '2027-2028', 'MIDDEN', 'Meivakantie',       date '2028-04-29', date '2028-05-07'),
    (27, '2027-2028', 'ZUID',   'Meivakantie',       date '2028-04-29', date '2028-05-07'),
    (28, '2027-2028', 'NOORD',  'Zomervakantie',     date '2028-07-15', date '2028-08-27'),
    (29, '2027-2028', 'MIDDEN', 'Zomervakantie',     date '2028-07-08', date '2028-08-20'),
    (30, '2027-2028', 'ZUID',   'Zomervakantie',     date '2028-07-22', date '2028-09-03');

-- Bron: rijksoverheid.nl, "Regio-indeling schoolvakanties". De Achterhoek ([000]) en de gemeenten van de andere
-- jaarverslagen ([001]-[004]); de beheerder voegt andere gemeenten toe.
insert into vakantieregio_gemeente (cbs_code, vakantieregio) values
    ('GM0197', 'MIDDEN'), -- Aalten
    ('GM1859', 'MIDDEN'), -- Berkelland
    ('GM1876', 'MIDDEN'), -- Bronckhorst
    ('GM0221', 'ZUID'),   -- Doesburg
    ('GM0222', 'MIDDEN'), -- Doetinchem
    ('GM1955', 'ZUID'),   -- Montferland
    ('GM1586', 'MIDDEN'), -- Oost Gelre
    ('GM1509', 'MIDDEN'), -- Oude IJsselstreek
    ('GM0294', 'MIDDEN'), -- Winterswijk
    ('GM0193', 'NOORD'),  -- Zwolle
    ('GM0150', 'NOORD'),  -- Deventer
    ('GM0164', 'NOORD'),  -- Hengelo
    ('GM0147', 'NOORD'),  -- Borne
    ('GM0983', 'ZUID');   -- Venlo
