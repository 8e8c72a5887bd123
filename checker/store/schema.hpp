// The results database's tables, created by the tool itself and versioned with PRAGMA user_version.
#pragma once

namespace plancheck::store {

class Database;

// The schema this build writes and reads; user_version holds it.
constexpr int kSchemaVersion = 3;  // 2: runs.as_of, plans.org_kind*; 3: plans.copied_share

// Creates any missing table and index (idempotent), stamps the version and returns it. Throws DbError when
// the file is not a SQLite database or was written by a newer plancheck.
int ensure_schema(Database& db);

// Throws DbError unless the database holds a schema this build can read.
void check_schema(Database& db);

}  // namespace plancheck::store
