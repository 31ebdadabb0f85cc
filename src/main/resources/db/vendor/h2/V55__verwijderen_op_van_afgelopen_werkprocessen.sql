-- MAS §10: a werkproces that ended before V54 keeps the removal time its history already has (end plus the model's
-- time to live), so its own rows go together with that history. This history runs before the engine starts, and a
-- new database has no engine tables yet (and no ended werkproces); H2 has no conditional block, so the statement is
-- chosen as text, as in V7.
execute immediate case
    when exists (select 1 from information_schema.tables
                  where table_schema = current_schema and table_name = 'ACT_HI_PROCINST')
    then 'update werkproces set verwijderen_op = (select p.REMOVAL_TIME_ from ACT_HI_PROCINST p
              where p.PROC_INST_ID_ = werkproces.process_instance_id and p.END_TIME_ is not null)
          where verwijderen_op is null'
    else 'set @geen_engine_tabellen = true'
end;
