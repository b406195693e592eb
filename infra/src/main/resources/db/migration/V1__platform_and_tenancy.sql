-- Platform data (tenant registry, identities, security audit) lives in schema "platform";
-- tenant-owned data lives in schema "province", where every table carries tenant_id, leads its
-- primary key with it and is guarded by a forced row-level-security policy (see tenant_isolation()).
-- ${app_role} is the runtime role: not the owner, NOSUPERUSER NOBYPASSRLS.

GRANT USAGE ON SCHEMA platform TO ${app_role};
GRANT USAGE ON SCHEMA province TO ${app_role};

-- Applies the one isolation policy used by every tenant table, so that no table can be created
-- with a weaker variant by accident. An unbound connection (app.tenant unset) sees no row.
CREATE FUNCTION platform.enforce_tenant_isolation(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s '
                 'USING (tenant_id = current_setting(''app.tenant'', true)) '
                 'WITH CHECK (tenant_id = current_setting(''app.tenant'', true))', tbl);
END $$;
REVOKE ALL ON FUNCTION platform.enforce_tenant_isolation(regclass) FROM PUBLIC;

CREATE TABLE platform.tenant (
  id            text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(id) <= 40),
  province_code text NOT NULL UNIQUE CHECK (province_code ~ '^[A-Z][0-9]{2}$'),
  name_vi       text NOT NULL CHECK (length(trim(name_vi)) > 0),
  name_en       text,
  status        text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'MERGED', 'RETIRED')),
  active_from   date NOT NULL,
  active_to     date,
  merged_into   text REFERENCES platform.tenant (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  version       bigint NOT NULL DEFAULT 0,
  CHECK ((status = 'MERGED') = (merged_into IS NOT NULL)),
  CHECK ((status = 'ACTIVE') = (active_to IS NULL)),
  CHECK (active_to IS NULL OR active_to > active_from)
);
COMMENT ON COLUMN platform.tenant.id IS 'Immutable slug used in URLs and as tenant_id everywhere, e.g. gia-lai';
COMMENT ON COLUMN platform.tenant.province_code IS 'Official province code as on the national portal, e.g. H21; retired codes are never reused';
GRANT SELECT, INSERT, UPDATE ON platform.tenant TO ${app_role};

CREATE TABLE platform.app_user (
  id            bigserial PRIMARY KEY,
  username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
  tenant_id     text REFERENCES platform.tenant (id),
  display_name  text NOT NULL,
  password_hash text NOT NULL,
  demo          boolean NOT NULL DEFAULT false,
  enabled       boolean NOT NULL DEFAULT true,
  locale        text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
  created_at    timestamptz NOT NULL DEFAULT now(),
  version       bigint NOT NULL DEFAULT 0
);
CREATE INDEX app_user_tenant_idx ON platform.app_user (tenant_id);
COMMENT ON COLUMN platform.app_user.demo IS 'Demo accounts (password demo) are refused unless the server runs in demo mode';
GRANT SELECT, INSERT, UPDATE ON platform.app_user TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE platform.app_user_id_seq TO ${app_role};

CREATE TABLE platform.app_user_role (
  user_id bigint NOT NULL REFERENCES platform.app_user (id) ON DELETE CASCADE,
  role    text NOT NULL CHECK (role IN ('PLATFORM_ADMIN', 'CENTRAL_VIEWER', 'PROVINCE_ADMIN', 'PROVINCE_LEADER',
                                        'UNIT_LEADER', 'CLERK', 'OFFICER')),
  PRIMARY KEY (user_id, role)
);
GRANT SELECT, INSERT, DELETE ON platform.app_user_role TO ${app_role};

-- Append-only: the runtime role may insert and read, never update or delete.
CREATE TABLE platform.security_audit (
  id          bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  event       text NOT NULL,
  username    text,
  tenant_id   text,
  actor       text,
  client_ip   text,
  detail      text
);
CREATE INDEX security_audit_user_failures_idx ON platform.security_audit (username, occurred_at)
  WHERE event = 'LOGIN_FAILURE';
CREATE INDEX security_audit_ip_failures_idx ON platform.security_audit (client_ip, occurred_at)
  WHERE event = 'LOGIN_FAILURE';
CREATE INDEX security_audit_tenant_idx ON platform.security_audit (tenant_id, occurred_at);
GRANT SELECT, INSERT ON platform.security_audit TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE platform.security_audit_id_seq TO ${app_role};

-- Integration tokens belong to one province. The secret is shown once; only its SHA-256 is kept.
-- START WITH = INCREMENT: EclipseLink pre-allocates ids (allocationSize 50) from the value it is handed.
CREATE SEQUENCE province.api_token_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE province.api_token (
  tenant_id    text NOT NULL REFERENCES platform.tenant (id),
  id           bigint NOT NULL,
  name         text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
  token_hash   text NOT NULL UNIQUE,
  token_prefix text NOT NULL,
  roles        text NOT NULL,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz,
  revoked_at   timestamptz,
  revoked_by   text,
  last_used_at timestamptz,
  version      bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);
SELECT platform.enforce_tenant_isolation('province.api_token');
GRANT SELECT, INSERT, UPDATE ON province.api_token TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE province.api_token_id_seq TO ${app_role};
