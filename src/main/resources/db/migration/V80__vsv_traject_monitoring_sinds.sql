-- MAS §9: the jaarverslag counts a VsvTraject as monitored on a peildatum when it went into monitoring on or before it.
-- Kept by doorstroompunt.VsvTraject: set when the status becomes MONITORING, cleared when it goes back to begeleiding,
-- kept when it is afgerond. For the trajecten monitored now, the best the records tell: the first monitoring check,
-- else the start of the werkproces that monitors them, else the uitvaldatum.
alter table vsv_traject add column monitoring_sinds date;
update vsv_traject set monitoring_sinds = coalesce(
        (select min(c.datum) from monitoring_controle c where c.vsv_traject_id = vsv_traject.id),
        (select cast(w.gestart_op as date) from werkproces w where w.id = vsv_traject.werkproces_id),
        uitvaldatum)
where status = 'MONITORING';
