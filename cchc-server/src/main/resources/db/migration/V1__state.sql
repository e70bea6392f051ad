-- The service's state (cchc-server): exports' tallies and metadata, rejected rows, plans,
-- evaluations and the indicators of each export by period (for trends). Portable between H2 and
-- PostgreSQL; ${text} and ${binary} are the large text and binary types of the database.
CREATE TABLE cchc_export (
  id VARCHAR(36) PRIMARY KEY,
  name VARCHAR(512) NOT NULL,
  format VARCHAR(8) NOT NULL,
  uploaded_at TIMESTAMP NOT NULL,
  rows_read BIGINT NOT NULL,
  accepted BIGINT NOT NULL,
  rejected BIGINT NOT NULL,
  raw_kept BOOLEAN NOT NULL
);

-- The export's tally at the finest grain a query can ask for (agency, procedure, channel, month
-- of receipt in both reporting calendars, due day of open dossiers): one line per cell,
-- "<key>\t<counters>", the key's parts each as length:text, the counters as Counts.toArray().
CREATE TABLE cchc_export_tally (
  export_id VARCHAR(36) PRIMARY KEY REFERENCES cchc_export (id) ON DELETE CASCADE,
  cells INTEGER NOT NULL,
  content ${text} NOT NULL
);

CREATE TABLE cchc_rejected_row (
  export_id VARCHAR(36) NOT NULL REFERENCES cchc_export (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  line BIGINT NOT NULL,
  col VARCHAR(512),
  reason VARCHAR(4096) NOT NULL,
  PRIMARY KEY (export_id, seq)
);

CREATE TABLE cchc_raw_upload (
  export_id VARCHAR(36) PRIMARY KEY REFERENCES cchc_export (id) ON DELETE CASCADE,
  content ${binary} NOT NULL
);

CREATE TABLE cchc_plan (
  id VARCHAR(36) PRIMARY KEY,
  name VARCHAR(512) NOT NULL,
  uploaded_at TIMESTAMP NOT NULL,
  plan_json ${text} NOT NULL
);

CREATE TABLE cchc_evaluation (
  id VARCHAR(36) PRIMARY KEY,
  plan_id VARCHAR(36) NOT NULL REFERENCES cchc_plan (id) ON DELETE CASCADE,
  export_id VARCHAR(36) NOT NULL REFERENCES cchc_export (id) ON DELETE CASCADE,
  evaluated_at TIMESTAMP NOT NULL,
  request_json ${text} NOT NULL,
  result_json ${text} NOT NULL
);

CREATE TABLE cchc_period_value (
  export_id VARCHAR(36) NOT NULL REFERENCES cchc_export (id) ON DELETE CASCADE,
  calendar VARCHAR(16) NOT NULL,
  period VARCHAR(16) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  indicator VARCHAR(64) NOT NULL,
  definition VARCHAR(16) NOT NULL,
  numerator BIGINT NOT NULL,
  denominator BIGINT NOT NULL,
  as_of DATE NOT NULL,
  PRIMARY KEY (export_id, calendar, period, indicator, definition)
);
CREATE INDEX cchc_period_value_series ON cchc_period_value (indicator, kind, calendar, definition);
