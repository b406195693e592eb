-- What the dossier clock (vn.motcua.deadline.domain.DossierClock) decides for the periodic report, kept on the row by
-- the live path and the import alike, so that reports aggregate decisions instead of re-deciding them in SQL:
--   overdue_from  the instant after which the dossier is overdue if still open (its due instant; null while it waits
--                 for the applicant within time). Overdue never ends once begun, so this one instant answers
--                 "open and overdue at the end of any period".
--   timeliness    how an ended dossier counts in table 06a: EARLY, ON_TIME or LATE (DossierClock.finishedAs).
-- Rows written before this migration keep nulls until their facts are rebuilt from their events (issue 13).
ALTER TABLE province.dossier
  ADD COLUMN overdue_from timestamptz,
  ADD COLUMN timeliness   text CHECK (timeliness IN ('EARLY', 'ON_TIME', 'LATE'));
