-- Working calendar (issue 3): the national default per year is PLATFORM data, maintained by the platform
-- administrator and seeded at start from the bundled CSVs for years not yet in the database (never overwriting
-- later edits). Provinces add their own overrides and office hours; KPI targets are per province and year.

CREATE TABLE platform.national_calendar_year (
  year        integer PRIMARY KEY CHECK (year BETWEEN 1976 AND 2200),
  notices     text NOT NULL,
  seeded_from text,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  text NOT NULL,
  version     bigint NOT NULL DEFAULT 0
);
COMMENT ON COLUMN platform.national_calendar_year.notices IS 'The government notices behind the year, one per line';
COMMENT ON COLUMN platform.national_calendar_year.seeded_from IS 'Bundled file the year was first seeded from; null if entered by hand';
GRANT SELECT, INSERT, UPDATE ON platform.national_calendar_year TO ${app_role};

-- Only the days that differ from Monday–Friday; a platform administrator's edit may remove a day.
CREATE TABLE platform.national_calendar_day (
  day      date PRIMARY KEY,
  year     integer NOT NULL REFERENCES platform.national_calendar_year (year),
  kind     text NOT NULL CHECK (kind IN ('HOLIDAY', 'TET_BREAK', 'COMPENSATORY_DAY_OFF', 'SWAPPED_DAY_OFF',
                                         'SWAPPED_WORKING_DAY')),
  name_vi  text NOT NULL CHECK (length(trim(name_vi)) > 0),
  name_en  text NOT NULL CHECK (length(trim(name_en)) > 0),
  source   text NOT NULL CHECK (length(trim(source)) > 0),
  verified boolean NOT NULL,
  CHECK (extract(year FROM day) = year)
);
CREATE INDEX national_calendar_day_year_idx ON platform.national_calendar_day (year);
GRANT SELECT, INSERT, UPDATE, DELETE ON platform.national_calendar_day TO ${app_role};

-- A province's own days; the date is the natural key (re-import is idempotent). Removing an override is an edit.
CREATE TABLE province.calendar_day (
  tenant_id text NOT NULL REFERENCES platform.tenant (id),
  day       date NOT NULL,
  kind      text NOT NULL CHECK (kind IN ('LOCAL_DAY_OFF', 'EXTRA_WORKING_DAY')),
  name_vi   text NOT NULL CHECK (length(trim(name_vi)) BETWEEN 1 AND 200),
  name_en   text NOT NULL CHECK (length(trim(name_en)) BETWEEN 1 AND 200),
  source    text NOT NULL CHECK (length(trim(source)) BETWEEN 1 AND 200),
  verified  boolean NOT NULL DEFAULT true,
  generated boolean NOT NULL DEFAULT false,
  PRIMARY KEY (tenant_id, day)
);
COMMENT ON COLUMN province.calendar_day.generated IS 'Demo data invented for the demo province, not a real decision';
SELECT platform.enforce_tenant_isolation('province.calendar_day');
GRANT SELECT, INSERT, UPDATE, DELETE ON province.calendar_day TO ${app_role};

-- One row per province (id is always 1): office periods as "07:30-11:30,13:30-17:00".
CREATE TABLE province.office_hours (
  tenant_id  text NOT NULL REFERENCES platform.tenant (id),
  id         smallint NOT NULL DEFAULT 1 CHECK (id = 1),
  periods    text NOT NULL CHECK (periods ~ '^[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9](,[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9])*$'),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL,
  version    bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);
SELECT platform.enforce_tenant_isolation('province.office_hours');
GRANT SELECT, INSERT, UPDATE ON province.office_hours TO ${app_role};

-- KPI targets: a year's set is replaced as a whole (optimistic version on the set).
CREATE TABLE province.kpi_target_set (
  tenant_id  text NOT NULL REFERENCES platform.tenant (id),
  year       integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL,
  version    bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, year)
);
SELECT platform.enforce_tenant_isolation('province.kpi_target_set');
GRANT SELECT, INSERT, UPDATE ON province.kpi_target_set TO ${app_role};

CREATE SEQUENCE province.kpi_target_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE province.kpi_target (
  tenant_id    text NOT NULL REFERENCES platform.tenant (id),
  id           bigint NOT NULL,
  year         integer NOT NULL,
  unit_ref     text CHECK (unit_ref IS NULL OR length(trim(unit_ref)) BETWEEN 1 AND 100),
  metric       text NOT NULL CHECK (metric IN ('ON_TIME_RATE', 'ONLINE_SUBMISSION_RATE', 'ONLINE_PAYMENT_RATE',
                 'DIGITISATION_RATE', 'DIGITISED_RESULT_RATE', 'DIGITISED_DOSSIER_RATE', 'DIGITISED_REUSE_RATE',
                 'INDEX_GROUP_SCORE', 'INDEX_TOTAL', 'SATISFACTION_RATE')),
  group_code   text CHECK (group_code IN ('CKMB', 'TDGQ', 'ONLINE', 'TTTT', 'MDSH', 'MDHL')),
  target_value numeric(7, 2) NOT NULL CHECK (target_value >= 0),
  direction    text NOT NULL CHECK (direction IN ('AT_LEAST', 'AT_MOST')),
  deadline     date,
  source_note  text CHECK (source_note IS NULL OR length(source_note) <= 500),
  generated    boolean NOT NULL DEFAULT false,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, year) REFERENCES province.kpi_target_set (tenant_id, year),
  CHECK ((metric = 'INDEX_GROUP_SCORE') = (group_code IS NOT NULL))
);
CREATE UNIQUE INDEX kpi_target_natural_idx
  ON province.kpi_target (tenant_id, year, coalesce(unit_ref, ''), metric, coalesce(group_code, ''));
SELECT platform.enforce_tenant_isolation('province.kpi_target');
-- DELETE: putTargets replaces a year's set; the set row carries the version.
GRANT SELECT, INSERT, UPDATE, DELETE ON province.kpi_target TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE province.kpi_target_id_seq TO ${app_role};
