-- Finding any dossier of a province (issue 15): by code, applicant name (accents optional), identity number, period
-- of receipt, status, channel, units, procedure and lateness, sorted by receipt, due date or code
-- (vn.motcua.dossier.infrastructure.DossierSearchSql).
--
-- Why a stored folded column and b-tree prefix search, not pg_trgm: the runtime role is subject to row-level security,
-- and PostgreSQL only uses an index condition under a security policy when its operator is LEAKPROOF. LIKE/ILIKE and
-- the trigram operators are not (pg_proc.proleakproof = false for textlike), so a trigram index (pg_trgm ships with the
-- embedded PostgreSQL 17) would never be used by the application; an expression index neither, because the functions
-- of the expression (lower, translate) are not leakproof either. Comparisons of text (=, <, >=) are leakproof, so a
-- plain column with a b-tree serves "name starts with" as a range: folded >= 'nguyen van an' AND folded <
-- 'nguyen van ao'. The collation is C (EmbeddedDatabase), so the range is byte order.
--
-- The folding is the one DossierRepository.fold applies to the search text: lower case, the Vietnamese letters with
-- diacritics (đ too) to their plain letters, runs of white space as one space, trimmed. Names are NFC (vn.motcua.shared
-- .Text), so precomposed letters are all there is to fold. A generated column is computed by PostgreSQL for every
-- write path alike: the receipt (JPA does not map it), the import's INSERT ... SELECT and COPY.
ALTER TABLE province.dossier ADD COLUMN applicant_name_folded text GENERATED ALWAYS AS (
  btrim(regexp_replace(translate(lower(applicant_name),
    'àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ',
    'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy'), '\s+', ' ', 'g'))) STORED;
COMMENT ON COLUMN province.dossier.applicant_name_folded IS
  'Applicant name lower-cased without Vietnamese diacritics (đ = d), one space between words: the dossier search';

-- Name and identity number: prefix range and equality, newest first among equals by the sort the list asks for.
CREATE INDEX dossier_applicant_folded_idx ON province.dossier (tenant_id, applicant_name_folded);
CREATE INDEX dossier_applicant_id_number_idx ON province.dossier (tenant_id, applicant_id_number)
  WHERE applicant_id_number IS NOT NULL;
-- The list's sorts (receipt = submitted_at, which every dossier has; due date) and the period of receipt; the code
-- sort and prefix use the unique (tenant_id, code) index.
CREATE INDEX dossier_submitted_idx ON province.dossier (tenant_id, submitted_at, id);
CREATE INDEX dossier_due_idx ON province.dossier (tenant_id, due_at, id);
-- The two most selective filters a desk uses, with the default sort behind them.
CREATE INDEX dossier_competent_submitted_idx ON province.dossier (tenant_id, competent_unit_code, submitted_at);
CREATE INDEX dossier_procedure_submitted_idx ON province.dossier (tenant_id, procedure_code, submitted_at);
-- Overdue now and due within N working days: open dossiers by the instant they become overdue.
CREATE INDEX dossier_open_overdue_from_idx ON province.dossier (tenant_id, overdue_from)
  WHERE status IN (1, 2, 4, 5, 6);
