-- MAS §10: when an ended werkproces and everything of it goes, the same moment its history gets as removal time.
-- Set the night after its end from decision bewaartermijn (per gemeente; shorter for geoorloofd, MAS §3) by
-- nl.schoolverzuim.dossier.Bewaartermijn; the night after that moment nl.schoolverzuim.dossier.Opruiming removes it.
alter table werkproces add column verwijderen_op timestamp with time zone;
create index ix_werkproces_verwijderen_op on werkproces (verwijderen_op);
