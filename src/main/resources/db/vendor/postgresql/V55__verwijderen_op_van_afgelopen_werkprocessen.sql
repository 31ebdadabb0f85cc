-- MAS §10: a werkproces that ended before V54 keeps the removal time its history already has (end plus the model's
-- time to live), so its own rows go together with that history. This history runs before the engine starts, and a
-- new database has no engine tables yet (and no ended werkproces).
do $$
begin
    if to_regclass('act_hi_procinst') is not null then
        update werkproces w set verwijderen_op = p.removal_time_
          from act_hi_procinst p
         where p.proc_inst_id_ = w.process_instance_id and p.end_time_ is not null and w.verwijderen_op is null;
    end if;
end
$$;
