-- The national portal's published ranking of the provinces (issue 14): imported by the platform administrator
-- (importPublishedScores), dated, so a ranking or a what-if always says which publication it compares with. Platform
-- data: scores of whole provinces as the portal publishes them, no dossier, applicant or official.

CREATE TABLE platform.index_publication (
  published_on date PRIMARY KEY,
  period       text NOT NULL,
  source       text NOT NULL,
  rule_set     text NOT NULL REFERENCES platform.index_rule_set (code),
  imported_at  timestamptz NOT NULL DEFAULT now(),
  imported_by  text NOT NULL
);
COMMENT ON TABLE platform.index_publication IS 'One publication of the provinces'' index scores by the national portal, e.g. the year to 17/09/2026';
COMMENT ON COLUMN platform.index_publication.period IS 'The period the scores cover, as the portal states it (e.g. Năm 2026, đến 17/09/2026)';
GRANT SELECT, INSERT, UPDATE, DELETE ON platform.index_publication TO ${app_role};

CREATE TABLE platform.index_published_score (
  published_on  date NOT NULL REFERENCES platform.index_publication (published_on) ON DELETE CASCADE,
  province_code text NOT NULL CHECK (province_code ~ '^H[0-9]{2}$'),
  province_name text NOT NULL,
  position      integer NOT NULL,
  total         numeric(5, 2) NOT NULL CHECK (total BETWEEN 0 AND 100),
  groups        jsonb NOT NULL,
  PRIMARY KEY (published_on, province_code)
);
COMMENT ON COLUMN platform.index_published_score.position IS 'The line of the province in the publication (its published order)';
COMMENT ON COLUMN platform.index_published_score.groups IS 'Group code -> published score, e.g. {"CKMB": 11.79, …}';
GRANT SELECT, INSERT, UPDATE, DELETE ON platform.index_published_score TO ${app_role};
