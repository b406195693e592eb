-- The index's second-supplement shortfall (TDGQ: a dossier asked for a supplement twice counts as overdue) is counted
-- per unit and procedure from the dossier's stored columns (DrillDownRepository.twiceInTime), not from its
-- contributions. This partial index holds every column that test reads, in the order the count groups by, so the
-- count is an index-only scan of the few such dossiers: on a province-year of 10 million dossiers, 1.7 s to 0.1 s
-- (docs/benchmarks.md). It replaces V21's index on the same dossiers, which led to the table's rows.
DROP INDEX province.dossier_supplemented_twice_idx;
CREATE INDEX dossier_supplemented_twice_idx ON province.dossier (tenant_id, competent_unit_code, procedure_code)
  INCLUDE (received_at, timeliness, processed_at, closed_at, overdue_from)
  WHERE supplement_count >= 2;
