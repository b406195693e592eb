-- The national service index (Decision 766, issue 14): its rules as effective-dated platform data, read by every
-- province and by the central viewer. A revision (a decree, or the portal changing how it scores) is a new rule set
-- with its own validity, never a code change: vn.motcua.index.domain.IndexScoring reads whichever set is in force on
-- the day asked for. docs/index.md explains each column and how the 2026 set was established.

CREATE TABLE platform.index_rule_set (
  code       text PRIMARY KEY,
  name       text NOT NULL,
  source     text NOT NULL,
  valid_from date NOT NULL,
  valid_to   date,
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  EXCLUDE USING gist (daterange(valid_from, valid_to, '[]') WITH &&)
);
COMMENT ON TABLE platform.index_rule_set IS 'Versions of the index rules (Decision 766), each in force from valid_from to valid_to (included; open when null); never overlapping';
COMMENT ON COLUMN platform.index_rule_set.source IS 'Where the rules come from: the decision and what was observed in published scores';
GRANT SELECT ON platform.index_rule_set TO ${app_role};

CREATE TABLE platform.index_group (
  rule_set   text NOT NULL REFERENCES platform.index_rule_set (code),
  code       text NOT NULL,
  position   integer NOT NULL,
  max_points numeric(5, 2) NOT NULL CHECK (max_points >= 0),
  name_vi    text NOT NULL,
  name_en    text NOT NULL,
  PRIMARY KEY (rule_set, code),
  UNIQUE (rule_set, position)
);
COMMENT ON TABLE platform.index_group IS 'The displayed groups of a rule set; a group''s score is the sum of its metrics'' scores';
GRANT SELECT ON platform.index_group TO ${app_role};

CREATE TABLE platform.index_metric (
  rule_set          text NOT NULL,
  code              text NOT NULL,
  group_code        text NOT NULL,
  position          integer NOT NULL,
  max_score         numeric(5, 2) CHECK (max_score >= 0),
  formula           text NOT NULL CHECK (formula IN ('LINEAR', 'THRESHOLD', 'CONSTANT_FULL', 'INFORMATIONAL', 'COUNTS_ONLY')),
  threshold_pct     numeric(5, 2) CHECK (threshold_pct > 0 AND threshold_pct <= 100),
  empty_denominator text NOT NULL CHECK (empty_denominator IN ('ZERO', 'NONE', 'FULL')),
  level             text NOT NULL CHECK (level IN ('UNIT', 'PROVINCE')),
  input             text NOT NULL CHECK (input IN ('COUNTS', 'RATIO')),
  name_vi           text NOT NULL,
  name_en           text NOT NULL,
  note              text NOT NULL DEFAULT '',
  PRIMARY KEY (rule_set, code),
  UNIQUE (rule_set, position),
  FOREIGN KEY (rule_set, group_code) REFERENCES platform.index_group (rule_set, code),
  CHECK ((formula = 'THRESHOLD') = (threshold_pct IS NOT NULL)),
  CHECK ((formula = 'COUNTS_ONLY') = (max_score IS NULL))
);
COMMENT ON TABLE platform.index_metric IS 'How each metric of a rule set is scored (vn.motcua.index.domain.MetricRule)';
COMMENT ON COLUMN platform.index_metric.formula IS 'LINEAR: ratio/100 x max; THRESHOLD: min(1, ratio/threshold) x max; CONSTANT_FULL: ratio 100, full points; INFORMATIONAL: ratio, no points; COUNTS_ONLY: counts shown, no ratio or points';
COMMENT ON COLUMN platform.index_metric.empty_denominator IS 'A denominator of 0 gives: ZERO ratio 0 and score 0; NONE no ratio and no score (counted 0); FULL ratio 0 and full points';
COMMENT ON COLUMN platform.index_metric.level IS 'UNIT: counted per unit; PROVINCE: counted once for the province and the same for each of its units';
COMMENT ON COLUMN platform.index_metric.input IS 'COUNTS: numerator and denominator; RATIO: the portal publishes only a ratio for it';
GRANT SELECT ON platform.index_metric TO ${app_role};

CREATE TABLE platform.index_band (
  rule_set  text NOT NULL REFERENCES platform.index_rule_set (code),
  code      text NOT NULL,
  min_total numeric(5, 2) NOT NULL CHECK (min_total >= 0),
  name_vi   text NOT NULL,
  name_en   text NOT NULL,
  verified  boolean NOT NULL,
  PRIMARY KEY (rule_set, code),
  UNIQUE (rule_set, min_total)
);
COMMENT ON COLUMN platform.index_band.verified IS 'false where no published source confirms the band (only >= 90 and 80-90 are confirmed)';
GRANT SELECT ON platform.index_band TO ${app_role};

-- The 2026 rule set: Decision 766's groups and weights, scored as the national portal scored Gia Lai's 149 units in
-- its publication of 10/10/2026 (every published score of the fixture is reproduced; docs/index.md).
INSERT INTO platform.index_rule_set (code, name, source, valid_from, valid_to) VALUES
  ('766-2026', 'Bộ chỉ số 766 — cách tính của Cổng Dịch vụ công quốc gia năm 2026',
   'Quyết định 766/QĐ-TTg ngày 23/6/2022; ngưỡng, làm tròn và cách xử lý mẫu số bằng 0 theo điểm do Cổng DVCQG công bố (Gia Lai, năm 2026 đến 10/10/2026)',
   DATE '2026-01-01', NULL);

INSERT INTO platform.index_group (rule_set, code, position, max_points, name_vi, name_en) VALUES
  ('766-2026', 'CKMB', 1, 18, 'Công khai, minh bạch', 'Publicity and transparency'),
  ('766-2026', 'TDGQ', 2, 20, 'Tiến độ giải quyết', 'Progress of resolution'),
  ('766-2026', 'ONLINE', 3, 12, 'Dịch vụ công trực tuyến', 'Online public services'),
  ('766-2026', 'TTTT', 4, 10, 'Thanh toán trực tuyến', 'Online payment'),
  ('766-2026', 'MDSH', 5, 22, 'Mức độ số hóa hồ sơ', 'Digitisation of dossiers'),
  ('766-2026', 'MDHL', 6, 18, 'Mức độ hài lòng', 'Satisfaction');

INSERT INTO platform.index_metric (rule_set, code, group_code, position, max_score, formula, threshold_pct,
                                   empty_denominator, level, input, name_vi, name_en, note) VALUES
  ('766-2026', 'PUBLISH_ON_TIME', 'CKMB', 1, 6, 'LINEAR', NULL, 'NONE', 'PROVINCE', 'COUNTS',
   'TTHC được công bố đúng hạn', 'Procedures published on time', ''),
  ('766-2026', 'PUBLIC_UPDATE_ON_TIME', 'CKMB', 2, 4, 'LINEAR', NULL, 'NONE', 'PROVINCE', 'COUNTS',
   'TTHC được cập nhật, công khai đúng hạn trên CSDL quốc gia', 'Procedures updated and published on time on the national database', ''),
  ('766-2026', 'PUBLIC_CONTENT_FULL', 'CKMB', 3, 2, 'LINEAR', NULL, 'NONE', 'PROVINCE', 'COUNTS',
   'TTHC được công khai đầy đủ nội dung', 'Procedures published in full',
   'every published row is 100 %, so a threshold cannot be ruled out'),
  ('766-2026', 'DOSSIER_SYNC', 'CKMB', 4, 6, 'LINEAR', NULL, 'NONE', 'UNIT', 'COUNTS',
   'Hồ sơ được đồng bộ lên Cổng DVCQG', 'Dossiers synchronised to the national portal',
   'every scored published row is 100 %, so a threshold cannot be ruled out; 0/0 gives no score'),
  ('766-2026', 'TDGQ_ON_TIME', 'TDGQ', 5, 20, 'LINEAR', NULL, 'ZERO', 'UNIT', 'COUNTS',
   'Hồ sơ giải quyết trước hạn, đúng hạn', 'Dossiers resolved early or on time',
   '(finished on time + open within time) / dossiers; a second supplement request counts as overdue; 0/0 gives 0'),
  ('766-2026', 'ONLINE', 'ONLINE', 6, 12, 'LINEAR', NULL, 'NONE', 'UNIT', 'RATIO',
   'Cung cấp dịch vụ công trực tuyến', 'Online public services',
   'the portal publishes only the group''s ratio; its sub-metrics (online procedures, services used, online dossiers) are not exposed'),
  ('766-2026', 'TTTT_DOSSIER_PAYMENT', 'TTTT', 7, NULL, 'COUNTS_ONLY', NULL, 'NONE', 'UNIT', 'COUNTS',
   'Hồ sơ thanh toán trực tuyến trên hồ sơ có nghĩa vụ tài chính', 'Dossiers paid online among dossiers with a financial obligation',
   'shown by the portal beside the group; the group ratio cannot be derived from these counts'),
  ('766-2026', 'TTTT_FORMALITY_PAYMENT', 'TTTT', 8, NULL, 'COUNTS_ONLY', NULL, 'NONE', 'UNIT', 'COUNTS',
   'TTHC có thanh toán trực tuyến trên TTHC có phí, lệ phí', 'Fee-bearing procedures with online payments', ''),
  ('766-2026', 'TTTT', 'TTTT', 9, 10, 'LINEAR', NULL, 'NONE', 'UNIT', 'RATIO',
   'Thanh toán trực tuyến', 'Online payment', 'the portal publishes only the group''s ratio'),
  ('766-2026', 'ORIGINAL_RESULT_AVAILABLE', 'MDSH', 10, 6, 'LINEAR', NULL, 'NONE', 'UNIT', 'COUNTS',
   'Hồ sơ có kết quả điện tử', 'Dossiers with an electronic result', ''),
  ('766-2026', 'SO_HOA_GIAY_TO_GIAI_QUYET', 'MDSH', 11, 4, 'LINEAR', NULL, 'NONE', 'UNIT', 'COUNTS',
   'Hồ sơ được số hóa', 'Dossiers digitised',
   'linear: the method document''s 80 % cap is not applied in the published scores'),
  ('766-2026', 'REUSED_DIGITIZED_DATA', 'MDSH', 12, 2, 'THRESHOLD', 80, 'NONE', 'UNIT', 'COUNTS',
   'Tái sử dụng dữ liệu số hóa', 'Reuse of digitised data',
   'full points from 80 %: fits 19 of 19 published rows (linear 2, a 90 % threshold 3)'),
  ('766-2026', 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE', 'MDSH', 13, 4, 'LINEAR', NULL, 'NONE', 'UNIT', 'COUNTS',
   'Hồ sơ đồng bộ kho dữ liệu cá nhân trên Cổng DVCQG', 'Dossiers linked to the personal data store', ''),
  ('766-2026', 'CITIZEN_DATA_CONNECTED_DOSSIER', 'MDSH', 14, 2, 'LINEAR', NULL, 'NONE', 'UNIT', 'COUNTS',
   'Hồ sơ khai thác dữ liệu dân cư', 'Dossiers using population data', ''),
  ('766-2026', 'CITIZEN_DATA_CONNECTED_FORMALITY', 'MDSH', 15, 2, 'LINEAR', NULL, 'NONE', 'UNIT', 'COUNTS',
   'TTHC kết nối dữ liệu dân cư', 'Procedures connected to population data', ''),
  ('766-2026', 'ELECTRONIC_CERTIFIED_COPY', 'MDSH', 16, 2, 'CONSTANT_FULL', NULL, 'NONE', 'UNIT', 'COUNTS',
   'Cấp bản sao điện tử từ sổ gốc', 'Electronic certified copies from originals',
   'no counts published; ratio 100 and full points for every unit in 2026'),
  ('766-2026', 'PETITION_CLASSIFICATION_TTHC', 'MDHL', 17, 0, 'INFORMATIONAL', NULL, 'ZERO', 'UNIT', 'COUNTS',
   'Phản ánh, kiến nghị về quy định, TTHC', 'Petitions about rules and procedures', 'monitored, no points'),
  ('766-2026', 'DOSSIER_RECEIVING_SATISFACTION', 'MDHL', 18, 6, 'THRESHOLD', 90, 'ZERO', 'UNIT', 'COUNTS',
   'Mức độ hài lòng trong tiếp nhận, giải quyết TTHC', 'Satisfaction with the handling of dossiers',
   '100 % - (overdue rate + rate with a complaint or dislike); full points from 90 %: fits 19 of 19 published rows; 0/0 gives 0, not full points'),
  ('766-2026', 'PETITION_PROCESSING_ON_TIME', 'MDHL', 19, 6, 'LINEAR', NULL, 'FULL', 'UNIT', 'COUNTS',
   'Phản ánh, kiến nghị được xử lý đúng hạn', 'Petitions handled on time',
   'no petitions gives full points (16 published rows); rows with petitions are only 0 % or 100 %, so a threshold cannot be ruled out'),
  ('766-2026', 'PETITION_HANDLING_SATISFACTION', 'MDHL', 20, 6, 'LINEAR', NULL, 'FULL', 'UNIT', 'COUNTS',
   'Hài lòng về việc xử lý phản ánh, kiến nghị', 'Satisfaction with the handling of petitions', 'as PETITION_PROCESSING_ON_TIME'),
  ('766-2026', 'PETITION_CLASSIFICATION_STAFF', 'MDHL', 21, 0, 'INFORMATIONAL', NULL, 'ZERO', 'UNIT', 'COUNTS',
   'Phản ánh, kiến nghị về cán bộ', 'Petitions about officials', 'monitored, no points');

INSERT INTO platform.index_band (rule_set, code, min_total, name_vi, name_en, verified) VALUES
  ('766-2026', 'XUAT_SAC', 90, 'Xuất sắc', 'Excellent', true),
  ('766-2026', 'TOT', 80, 'Tốt', 'Good', true),
  ('766-2026', 'KHA', 70, 'Khá', 'Fair', false),
  ('766-2026', 'TRUNG_BINH', 50, 'Trung bình', 'Average', false),
  ('766-2026', 'YEU', 0, 'Yếu', 'Weak', false);
