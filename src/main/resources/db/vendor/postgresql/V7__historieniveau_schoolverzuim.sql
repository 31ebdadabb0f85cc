-- MAS §10: the engine moves from history level full (id 3) to schoolverzuim (id 20, engine.SchoolverzuimHistoryLevel).
-- The engine refuses to start when its configured level differs from the one stored in act_ge_property, so an existing
-- database is told first. This history runs before the engine starts (the engine's own history runs after it), and a
-- new database has no engine tables yet: the engine then stores the level itself.
do $$
begin
    if to_regclass('act_ge_property') is not null then
        update act_ge_property set value_ = '20' where name_ = 'historyLevel' and value_ = '3';
    end if;
end
$$;
