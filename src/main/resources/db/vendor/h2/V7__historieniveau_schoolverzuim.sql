-- MAS §10: the engine moves from history level full (id 3) to schoolverzuim (id 20, engine.SchoolverzuimHistoryLevel).
-- The engine refuses to start when its configured level differs from the one stored in ACT_GE_PROPERTY, so an existing
-- database is told first. This history runs before the engine starts, and a new database has no engine tables yet:
-- the engine then stores the level itself. H2 has no conditional block, so the statement is chosen as text; the other
-- branch only sets a session variable.
execute immediate case
    when exists (select 1 from information_schema.tables
                  where table_schema = current_schema and table_name = 'ACT_GE_PROPERTY')
    then 'update ACT_GE_PROPERTY set VALUE_ = ''20'' where NAME_ = ''historyLevel'' and VALUE_ = ''3'''
    else 'set @geen_engine_tabellen = true'
end;
