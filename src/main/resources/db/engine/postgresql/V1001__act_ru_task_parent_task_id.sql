-- Every TaskService.complete runs "select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?" and Camunda 7.24's
-- PostgreSQL schema has no index on that column (camunda/camunda#36824; the MSSQL script has one), so each completion
-- scanned all open tasks. Our own name, not Camunda's ACT_IDX_TASK_PARENT_TASK_ID: an engine upgrade that adds its
-- own index then cannot fail on a name that already exists (drop this one in a later migration when that happens).
create index if not exists sv_idx_task_parent_task_id on act_ru_task (parent_task_id_);
