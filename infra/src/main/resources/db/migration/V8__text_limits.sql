-- One length limit per kind of text field (issue 11, finding 4), the same numbers as vn.motcua.shared.Text.Kind,
-- which the API, the screens and the imports check first (with a message naming the field); these constraints are
-- the last line. Lengths are char_length: Unicode characters, as Text counts them after NFC.
--   CODE   100   codes, identifiers, references, user names as recorded, phone and id numbers
--   NAME   300   names of people, units, tokens, fees, documents, steps and days; e-mail addresses
--   TITLE 1000   official procedure titles (the national database's run to ~400 characters)
--   TEXT  4000   free text: notes, reasons, addresses, feedback
-- Text the server composes itself (audit details, serialised lists of fees/documents/steps, hashes, search text)
-- has no kind and no limit here. Stored text is NFC (finding 3): checked with IS NFC NORMALIZED on the tables
-- people edit one row at a time; on province.dossier and province.dossier_event, which bulk imports fill by the
-- hundred thousand, the NFC rule is left to the boundary (Text) to keep the import's COPY at its measured speed.

-- Earlier limits that differed by field without reason: token names 100, local days 200, target notes 500.
ALTER TABLE province.api_token DROP CONSTRAINT api_token_name_check;
ALTER TABLE province.calendar_day DROP CONSTRAINT calendar_day_name_vi_check;
ALTER TABLE province.calendar_day DROP CONSTRAINT calendar_day_name_en_check;
ALTER TABLE province.calendar_day DROP CONSTRAINT calendar_day_source_check;
ALTER TABLE province.kpi_target DROP CONSTRAINT kpi_target_source_note_check;

ALTER TABLE platform.tenant
  ADD CONSTRAINT tenant_name_vi_text CHECK (char_length(name_vi) <= 300 AND name_vi IS NFC NORMALIZED),
  ADD CONSTRAINT tenant_name_en_text CHECK (char_length(name_en) <= 300 AND name_en IS NFC NORMALIZED);

ALTER TABLE platform.app_user
  ADD CONSTRAINT app_user_display_name_text CHECK (char_length(display_name) <= 300 AND display_name IS NFC NORMALIZED),
  ADD CONSTRAINT app_user_unit_code_text CHECK (char_length(unit_code) <= 100);

ALTER TABLE province.api_token
  ADD CONSTRAINT api_token_name_text CHECK (length(trim(name)) >= 1 AND char_length(name) <= 300 AND name IS NFC NORMALIZED);

ALTER TABLE province.unit_version
  ADD CONSTRAINT unit_version_name_text CHECK (char_length(name) <= 300 AND name IS NFC NORMALIZED);

ALTER TABLE province.procedure_version
  ADD CONSTRAINT procedure_version_name_text CHECK (char_length(name) <= 1000 AND name IS NFC NORMALIZED),
  ADD CONSTRAINT procedure_version_field_code_text CHECK (char_length(field_code) <= 100),
  ADD CONSTRAINT procedure_version_decision_number_text CHECK (char_length(decision_number) <= 100
                                                              AND decision_number IS NFC NORMALIZED);

ALTER TABLE platform.national_calendar_day
  ADD CONSTRAINT national_calendar_day_name_vi_text CHECK (char_length(name_vi) <= 300 AND name_vi IS NFC NORMALIZED),
  ADD CONSTRAINT national_calendar_day_name_en_text CHECK (char_length(name_en) <= 300 AND name_en IS NFC NORMALIZED),
  ADD CONSTRAINT national_calendar_day_source_text CHECK (char_length(source) <= 300 AND source IS NFC NORMALIZED);

ALTER TABLE province.calendar_day
  ADD CONSTRAINT calendar_day_name_vi_text CHECK (length(trim(name_vi)) >= 1 AND char_length(name_vi) <= 300
                                                  AND name_vi IS NFC NORMALIZED),
  ADD CONSTRAINT calendar_day_name_en_text CHECK (length(trim(name_en)) >= 1 AND char_length(name_en) <= 300
                                                  AND name_en IS NFC NORMALIZED),
  ADD CONSTRAINT calendar_day_source_text CHECK (length(trim(source)) >= 1 AND char_length(source) <= 300
                                                 AND source IS NFC NORMALIZED);

ALTER TABLE province.kpi_target
  ADD CONSTRAINT kpi_target_source_note_text CHECK (char_length(source_note) <= 4000 AND source_note IS NFC NORMALIZED);

ALTER TABLE province.dossier
  ADD CONSTRAINT dossier_procedure_code_text CHECK (char_length(procedure_code) <= 100),
  ADD CONSTRAINT dossier_procedure_name_text CHECK (char_length(procedure_name) <= 1000),
  ADD CONSTRAINT dossier_applicant_text CHECK (char_length(applicant_id_number) <= 100
                                               AND char_length(applicant_address) <= 4000
                                               AND char_length(applicant_phone) <= 100
                                               AND char_length(applicant_email) <= 300),
  ADD CONSTRAINT dossier_unit_codes_text CHECK (char_length(receiving_unit_code) <= 100
                                                AND char_length(competent_unit_code) <= 100
                                                AND char_length(current_unit_code) <= 100),
  ADD CONSTRAINT dossier_people_text CHECK (char_length(received_by) <= 100 AND char_length(current_assignee) <= 100),
  ADD CONSTRAINT dossier_free_text CHECK (char_length(pending_request) <= 4000 AND char_length(apology_reason) <= 4000
                                          AND char_length(close_reason) <= 4000 AND char_length(feedback) <= 4000),
  ADD CONSTRAINT dossier_source_text CHECK (char_length(source_system) <= 100 AND char_length(import_batch) <= 100);

ALTER TABLE province.dossier_event
  ADD CONSTRAINT dossier_event_text CHECK (char_length(actor) <= 100 AND char_length(actor_unit) <= 100
                                          AND char_length(reason) <= 4000);

ALTER TABLE province.dossier_import_batch
  ADD CONSTRAINT dossier_import_batch_text CHECK (char_length(batch_key) <= 100 AND char_length(source_system) <= 100);
