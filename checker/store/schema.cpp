#include "store/schema.hpp"

#include <string>

#include "store/sqlite_db.hpp"

namespace plancheck::store {

namespace {

// Documented in the README ("Results database"); keep the two in step.
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS runs (
  id           INTEGER PRIMARY KEY,
  started_at   TEXT NOT NULL,
  tool_version TEXT NOT NULL,
  rulesets     TEXT NOT NULL,
  arguments    TEXT NOT NULL,
  lang         TEXT NOT NULL,
  as_of        TEXT
);
CREATE TABLE IF NOT EXISTS plans (
  id           INTEGER PRIMARY KEY,
  run_id       INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  path         TEXT NOT NULL,
  content_hash TEXT,
  title        TEXT,
  organisation TEXT,
  format       TEXT,
  encoding     TEXT,
  score        INTEGER,
  error_kind   TEXT,
  error        TEXT,
  org_kind     TEXT,
  org_kind_source TEXT,
  org_kind_evidence TEXT,
  copied_share REAL
);
CREATE INDEX IF NOT EXISTS plans_by_run ON plans(run_id, path);
CREATE INDEX IF NOT EXISTS plans_by_hash ON plans(content_hash);
CREATE TABLE IF NOT EXISTS results (
  id           INTEGER PRIMARY KEY,
  plan_id      INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  rule         TEXT NOT NULL,
  status       TEXT NOT NULL,
  severity     TEXT NOT NULL,
  basis        TEXT,
  note         TEXT
);
CREATE INDEX IF NOT EXISTS results_by_plan ON results(plan_id);
CREATE TABLE IF NOT EXISTS findings (
  id           INTEGER PRIMARY KEY,
  result_id    INTEGER NOT NULL REFERENCES results(id) ON DELETE CASCADE,
  message      TEXT NOT NULL,
  line         INTEGER,
  "column"     INTEGER,
  section      TEXT,
  evidence     TEXT
);
CREATE INDEX IF NOT EXISTS findings_by_result ON findings(result_id);
)sql";

void check_version(int version) {
  if (version > kSchemaVersion) {
    throw DbError(Message{MsgId::DbNewerSchema,
                          {{"version", std::to_string(version)}, {"supported", std::to_string(kSchemaVersion)}}});
  }
}

}  // namespace

int ensure_schema(Database& db) {
  check_version(db.user_version());
  // WAL: a reader (plancheck history, a dashboard query) never blocks the run that is writing.
  db.exec("PRAGMA journal_mode=WAL");
  db.exec("PRAGMA foreign_keys=ON");
  db.exec("BEGIN IMMEDIATE");
  try {
    // Version 1 lacks the columns of the date judged as of and the organisation's kind.
    if (db.user_version() == 1) {
      db.exec("ALTER TABLE runs ADD COLUMN as_of TEXT");
      db.exec("ALTER TABLE plans ADD COLUMN org_kind TEXT");
      db.exec("ALTER TABLE plans ADD COLUMN org_kind_source TEXT");
      db.exec("ALTER TABLE plans ADD COLUMN org_kind_evidence TEXT");
    }
    // Versions 1 and 2 lack the copied share (plan.copied-parent's measure); their plans keep it NULL.
    if (db.user_version() == 1 || db.user_version() == 2) db.exec("ALTER TABLE plans ADD COLUMN copied_share REAL");
    db.exec(kSchema);
    db.exec(("PRAGMA user_version=" + std::to_string(kSchemaVersion)).c_str());
    db.exec("COMMIT");
    return kSchemaVersion;
  } catch (const DbError&) {
    db.exec("ROLLBACK");
    throw;
  }
}

void check_schema(Database& db) {
  const int version = db.user_version();
  check_version(version);
  if (version == 0) throw DbError(Message{MsgId::DbNotPlancheck, {}});
}

}  // namespace plancheck::store
