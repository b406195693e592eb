-- Dossiers (issue 4). One row per dossier holds its current state, its processing steps (small, always read with
-- the dossier, kept as text like the catalog's lists) and a version for optimistic locking; every change is also
-- an append-only event in dossier_event, hash-chained per dossier so that tampering is detectable.

-- The official's unit: steps are assigned to officials of the step's unit, and every step is accountable to both.
ALTER TABLE platform.app_user ADD COLUMN unit_code text;
COMMENT ON COLUMN platform.app_user.unit_code IS 'Portal code of the unit the official works in (province users only)';

CREATE SEQUENCE province.dossier_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE province.dossier (
  tenant_id             text NOT NULL REFERENCES platform.tenant (id),
  id                    bigint NOT NULL,
  code                  text NOT NULL CHECK (length(code) BETWEEN 8 AND 60),
  lookup_secret         text NOT NULL CHECK (length(lookup_secret) BETWEEN 6 AND 40),
  status                smallint NOT NULL CHECK (status BETWEEN 1 AND 10),
  channel               text NOT NULL CHECK (channel IN ('IN_PERSON', 'ONLINE', 'POSTAL')),
  procedure_version_id  bigint,
  procedure_code        text NOT NULL,
  procedure_name        text NOT NULL,
  time_value            integer NOT NULL,
  time_unit             text NOT NULL,
  time_cut_off          time,
  form_set              text NOT NULL,
  applicant_kind        text NOT NULL CHECK (applicant_kind IN ('PERSON', 'ORGANISATION')),
  applicant_name        text NOT NULL CHECK (length(trim(applicant_name)) BETWEEN 1 AND 300),
  applicant_id_number   text,
  applicant_address     text,
  applicant_phone       text,
  applicant_email       text,
  receiving_unit_code   text NOT NULL,
  competent_unit_code   text NOT NULL,
  received_by           text NOT NULL,
  submitted_at          timestamptz NOT NULL,
  received_at           timestamptz,
  clock_start_at        timestamptz,
  appointment_at        timestamptz,
  due_at                timestamptz,
  documents             text NOT NULL DEFAULT '',
  fees                  text NOT NULL DEFAULT '',
  fee_total             bigint NOT NULL DEFAULT 0 CHECK (fee_total >= 0),
  paid_online           boolean NOT NULL DEFAULT false,
  digitised             boolean NOT NULL DEFAULT false,
  steps                 text NOT NULL DEFAULT '',
  current_step          integer,
  current_assignee      text,
  current_unit_code     text,
  current_step_due_at   timestamptz,
  pause_kind            text CHECK (pause_kind IN ('SUPPLEMENT', 'PAYMENT')),
  paused_at             timestamptz,
  paused_nanos          bigint NOT NULL DEFAULT 0,
  supplement_count      integer NOT NULL DEFAULT 0,
  guidance_count        integer NOT NULL DEFAULT 0,
  pending_request       text,
  apology_at            timestamptz,
  apology_new_due_at    timestamptz,
  apology_reason        text,
  processed_at          timestamptz,
  returned_at           timestamptz,
  return_method         text CHECK (return_method IN ('IN_PERSON', 'POST', 'ONLINE')),
  electronic_result     boolean,
  closed_at             timestamptz,
  close_reason          text,
  result_refused        boolean NOT NULL DEFAULT false,
  late                  boolean,
  late_nanos            bigint,
  satisfaction          smallint CHECK (satisfaction BETWEEN 1 AND 5),
  feedback              text,
  rated_at              timestamptz,
  source                text NOT NULL DEFAULT 'NATIVE' CHECK (source IN ('NATIVE', 'IMPORT', 'GENERATED')),
  source_system         text,
  source_appointment_at timestamptz,
  source_disagrees      boolean NOT NULL DEFAULT false,
  import_batch          text,
  event_count           integer NOT NULL DEFAULT 0,
  last_event_hash       text,
  version               bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  CHECK ((pause_kind IS NULL) = (paused_at IS NULL))
);
COMMENT ON TABLE province.dossier IS 'Current state of each dossier; its history is province.dossier_event';
COMMENT ON COLUMN province.dossier.lookup_secret IS 'Printed on the receipt; with the code it lets the applicant look the dossier up';
COMMENT ON COLUMN province.dossier.steps IS 'Processing steps, one per line (see vn.motcua.dossier.domain.StepText)';
COMMENT ON COLUMN province.dossier.due_at IS 'Current due instant: the appointment moved by the time the dossier waited for the applicant';
COMMENT ON COLUMN province.dossier.paused_nanos IS 'Office time spent waiting for the applicant (supplement, financial obligation)';
COMMENT ON COLUMN province.dossier.source_disagrees IS 'Imported: the source system''s appointment differs from the one our engine computes';
-- The worklist: open steps of one official, soonest due first.
CREATE INDEX dossier_worklist_idx ON province.dossier (tenant_id, current_assignee, current_step_due_at)
  WHERE current_assignee IS NOT NULL;
CREATE INDEX dossier_open_due_idx ON province.dossier (tenant_id, due_at) WHERE status IN (1, 2, 4, 5, 6, 9);
CREATE INDEX dossier_received_idx ON province.dossier (tenant_id, received_at);
SELECT platform.enforce_tenant_isolation('province.dossier');
GRANT SELECT, INSERT, UPDATE ON province.dossier TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE province.dossier_id_seq TO ${app_role};

-- Append-only history; the runtime role may insert and read, never update or delete. hash = SHA-256 over the
-- previous hash and the event's canonical text (vn.motcua.dossier.domain.EventChain).
CREATE TABLE province.dossier_event (
  tenant_id    text NOT NULL REFERENCES platform.tenant (id),
  dossier_id   bigint NOT NULL,
  seq          integer NOT NULL CHECK (seq >= 1),
  occurred_at  timestamptz NOT NULL,
  actor        text NOT NULL,
  actor_role   text NOT NULL,
  actor_unit   text,
  action       text NOT NULL,
  from_status  smallint,
  to_status    smallint NOT NULL,
  reason       text,
  changes      text NOT NULL DEFAULT '',
  prev_hash    text,
  hash         text NOT NULL,
  PRIMARY KEY (tenant_id, dossier_id, seq),
  FOREIGN KEY (tenant_id, dossier_id) REFERENCES province.dossier (tenant_id, id)
);
SELECT platform.enforce_tenant_isolation('province.dossier_event');
GRANT SELECT, INSERT ON province.dossier_event TO ${app_role};

-- Daily sequence of dossier codes per receiving unit: an upsert increments last_seq under a row lock, so
-- concurrent receipts at one desk get distinct numbers.
CREATE TABLE province.dossier_code_counter (
  tenant_id  text NOT NULL REFERENCES platform.tenant (id),
  agency     text NOT NULL,
  day        date NOT NULL,
  last_seq   integer NOT NULL CHECK (last_seq >= 1),
  PRIMARY KEY (tenant_id, agency, day)
);
SELECT platform.enforce_tenant_isolation('province.dossier_code_counter');
GRANT SELECT, INSERT, UPDATE ON province.dossier_code_counter TO ${app_role};

-- Bulk imports: one row per accepted batch, so that re-sending a batch is recognised and changes nothing.
CREATE TABLE province.dossier_import_batch (
  tenant_id     text NOT NULL REFERENCES platform.tenant (id),
  batch_key     text NOT NULL,
  content_hash  text NOT NULL,
  source_system text NOT NULL,
  dossiers      integer NOT NULL,
  events        integer NOT NULL,
  disagreements integer NOT NULL,
  imported_by   text NOT NULL,
  imported_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, batch_key)
);
SELECT platform.enforce_tenant_isolation('province.dossier_import_batch');
GRANT SELECT, INSERT ON province.dossier_import_batch TO ${app_role};

-- Public lookup failures (no tenant yet when they happen): throttles guessing of secrets per code and per address.
CREATE TABLE platform.public_lookup_failure (
  id          bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  code        text NOT NULL,
  client_ip   text
);
CREATE INDEX public_lookup_failure_code_idx ON platform.public_lookup_failure (code, occurred_at);
CREATE INDEX public_lookup_failure_ip_idx ON platform.public_lookup_failure (client_ip, occurred_at);
GRANT SELECT, INSERT ON platform.public_lookup_failure TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE platform.public_lookup_failure_id_seq TO ${app_role};
