-- Units with history (issue 3, item 1). A unit is a stable identity; what it is called, where it sits and
-- which codes it carries live in versions with validity dates. Renames and moves add a version; nothing
-- is ever deleted or rewritten except closing a version's valid_to. Succession links are append-only.

CREATE SEQUENCE province.unit_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE province.unit (
  tenant_id      text NOT NULL REFERENCES platform.tenant (id),
  id             bigint NOT NULL,
  generated      boolean NOT NULL DEFAULT false,
  origin_tenant  text REFERENCES platform.tenant (id),
  origin_unit_id bigint,
  created_at     timestamptz NOT NULL DEFAULT now(),
  version        bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  CHECK ((origin_tenant IS NULL) = (origin_unit_id IS NULL)),
  UNIQUE (tenant_id, origin_tenant, origin_unit_id)
);
COMMENT ON COLUMN province.unit.generated IS 'Demo data invented to give a province a plausible shape (not an official unit)';
COMMENT ON COLUMN province.unit.origin_tenant IS 'For units taken over when this province absorbed another: the absorbed tenant and its unit id';
COMMENT ON COLUMN province.unit.version IS 'Optimistic lock: bumped by every change to the unit (new version, merge, split)';
SELECT platform.enforce_tenant_isolation('province.unit');
GRANT SELECT, INSERT, UPDATE ON province.unit TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE province.unit_id_seq TO ${app_role};

CREATE SEQUENCE province.unit_version_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE province.unit_version (
  tenant_id   text NOT NULL REFERENCES platform.tenant (id),
  id          bigint NOT NULL,
  unit_id     bigint NOT NULL,
  valid_from  date NOT NULL,
  valid_to    date,
  name        text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 300),
  kind        text NOT NULL CHECK (kind IN ('PEOPLES_COMMITTEE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE', 'WARD',
                                            'SERVICE_CENTRE', 'ONE_STOP_DESK', 'OTHER')),
  level       text NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
  parent_id   bigint,
  qcvn_code   text CHECK (qcvn_code ~ '^[0-9]{2,3}\.[0-9]{2,3}\.[0-9]{2,3}\.[A-Z][0-9]{2}$'),
  portal_code text CHECK (portal_code ~ '^[A-Z][0-9]{2}(\.[0-9]{1,4}){0,2}$'),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES province.unit (tenant_id, id),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES province.unit (tenant_id, id),
  UNIQUE (tenant_id, unit_id, valid_from),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX unit_version_day_idx ON province.unit_version (tenant_id, valid_from, valid_to);
CREATE INDEX unit_version_portal_idx ON province.unit_version (tenant_id, portal_code) WHERE portal_code IS NOT NULL;
SELECT platform.enforce_tenant_isolation('province.unit_version');
-- UPDATE only to close a version (valid_to); the application never changes a version's content.
GRANT SELECT, INSERT, UPDATE (valid_to) ON province.unit_version TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE province.unit_version_id_seq TO ${app_role};

CREATE SEQUENCE province.unit_succession_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE province.unit_succession (
  tenant_id      text NOT NULL REFERENCES platform.tenant (id),
  id             bigint NOT NULL,
  predecessor_id bigint NOT NULL,
  successor_id   bigint NOT NULL,
  effective_date date NOT NULL,
  type           text NOT NULL CHECK (type IN ('MERGED_INTO', 'SPLIT_FROM', 'RENAMED')),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, predecessor_id) REFERENCES province.unit (tenant_id, id),
  FOREIGN KEY (tenant_id, successor_id) REFERENCES province.unit (tenant_id, id),
  UNIQUE (tenant_id, predecessor_id, successor_id, effective_date),
  CHECK (predecessor_id <> successor_id)
);
COMMENT ON TABLE province.unit_succession IS 'Always predecessor -> successor: from effective_date on, (part of) the predecessor''s work is done by the successor';
SELECT platform.enforce_tenant_isolation('province.unit_succession');
GRANT SELECT, INSERT ON province.unit_succession TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE province.unit_succession_id_seq TO ${app_role};
