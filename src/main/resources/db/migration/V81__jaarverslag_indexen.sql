-- MAS §9, the jaarverslag (rapportage.Jaarcijfers): a gemeente's thuiszitters from its Dossiers (ix_dossier_gemeente
-- exists), and a traject's latest monitoring check on or before the peildatum ([000] Tabel 5).
create index ix_thuiszitter_dossier on thuiszitter (dossier_id);
create index ix_monitoring_controle_datum on monitoring_controle (vsv_traject_id, datum);
