-- The dossier list (issue 15) filtered by the competent unit or the procedure and sorted by due date, or by code for a
-- procedure: V25 serves these two filters in the default order (received, newest first) only. For any other order,
-- PostgreSQL walked the order's index and filtered, counting on the filter's rows to be spread along it; they are
-- not (a procedure's dossiers come with its years in the catalog, a unit's with its code), and on 10 million dossiers
-- the first page of one procedure's dossiers by due date took 5.6 s, by code 31 s, of a unit by due date 0.4 s
-- (docs/benchmarks.md, "Finding dossiers among 10 million"). Each index holds the filter and the order, so the page
-- is its first 50 entries. The code sort of a unit needs none: a code begins with its receiving unit's code.
CREATE INDEX dossier_competent_due_idx ON province.dossier (tenant_id, competent_unit_code, due_at, id);
CREATE INDEX dossier_procedure_due_idx ON province.dossier (tenant_id, procedure_code, due_at, id);
CREATE INDEX dossier_procedure_code_idx ON province.dossier (tenant_id, procedure_code, code);

-- A status other than processed or returned (the open ones, refused at receipt, withdrawn, stopped: a few per cent of
-- a province's history) in the default order, with or without other filters: "by post, awaiting payment" found its
-- 53 dossiers by walking the newest-first index through 10 million, 3.5 s. The status is written into the statement
-- as a literal (DossierSearchSql), so the planner can match it with this index's condition.
CREATE INDEX dossier_status_submitted_idx ON province.dossier (tenant_id, status, submitted_at, id)
  WHERE status NOT IN (9, 10);

-- Finished late (a few per cent of a province's dossiers), newest first: its count up to 10,001 read 270,000 rows of
-- the newest-first index (0.4 s on 10 million); the late ones alone are a small index.
CREATE INDEX dossier_late_submitted_idx ON province.dossier (tenant_id, submitted_at, id) WHERE timeliness = 'LATE';
