-- The leaders' list of open dossiers without an apology letter that are overdue now or were asked for a supplement a
-- second time (issue 13 item 8, operation overdueWithoutApology): a few rows to act on among the open dossiers, read
-- through one partial index per branch of the condition (a BitmapOr), so the list never scans a province's history.
-- Open: accepted, processing, paused for a supplement or a payment (statuses 2, 4, 5, 6).
CREATE INDEX dossier_unapologised_overdue_idx ON province.dossier (tenant_id, overdue_from)
  WHERE status IN (2, 4, 5, 6) AND apology_at IS NULL;
CREATE INDEX dossier_unapologised_resupplied_idx ON province.dossier (tenant_id, overdue_from)
  WHERE status IN (2, 4, 5, 6) AND apology_at IS NULL AND supplement_count >= 2;

-- A clerk's start page counts the dossiers they received today and this week, by channel (issue 13 item 8): a few
-- rows of one person's receipts, read by this index rather than a scan of the province's week.
CREATE INDEX dossier_received_by_idx ON province.dossier (tenant_id, received_by, received_at);
