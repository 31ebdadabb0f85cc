-- MAS §10: the team's read grant on a werkproces's history (resource type 20, HISTORIC_PROCESS_INSTANCE) was stored
-- without the root process instance that history cleanup removes it by, so it outlived the history it opens. Give
-- each its werkproces as root and that werkproces's removal time; a grant whose history is gone already is removed
-- by the next cleanup.
update act_ru_authorization a
   set root_proc_inst_id_ = a.resource_id_,
       removal_time_ = coalesce((select p.removal_time_ from act_hi_procinst p where p.id_ = a.resource_id_),
                                case when not exists (select 1 from act_hi_procinst p where p.id_ = a.resource_id_)
                                     then now() end)
 where a.resource_type_ = 20
   and a.resource_id_ <> '*'
   and a.root_proc_inst_id_ is null;
