-- MAS §2, §8: the regio's upper age of the Doorstroompunt is set in decision regio-bovengrens (processes/), which
-- the intake and the werkprocessen read; the column no longer has a reader.
alter table regio drop column bovengrens_leeftijd;
