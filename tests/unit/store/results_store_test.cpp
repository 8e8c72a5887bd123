#include <gtest/gtest.h>

#include <cstdlib>

#include "store/schema.hpp"
#include "store/sqlite_db.hpp"
#include "store_fixture.hpp"

namespace plancheck::store {
namespace {

using namespace testing;  // plancheck::store::testing: the fixture helpers

std::int64_t count(Database& db, const char* sql) {
  Statement s = db.prepare(sql);
  return s.step() ? s.integer(0) : -1;
}

TEST(Schema, CreationIsIdempotentAndVersioned) {
  const FreshDb fresh;
  const std::string& path = fresh.path();
  for (int i = 0; i < 2; ++i) {
    Database db(path, Database::Mode::Create);
    EXPECT_EQ(ensure_schema(db), kSchemaVersion);
    EXPECT_EQ(db.user_version(), kSchemaVersion);
    EXPECT_EQ(count(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"), 4);
  }
  Database db(path, Database::Mode::ReadOnly);
  EXPECT_NO_THROW(check_schema(db));
}

TEST(Schema, AVersionOneDatabaseGainsTheDateAndKindColumns) {
  const FreshDb fresh;
  const std::string& path = fresh.path();
  {
    Database db(path, Database::Mode::Create);
    db.exec("CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, tool_version TEXT NOT NULL, "
            "rulesets TEXT NOT NULL, arguments TEXT NOT NULL, lang TEXT NOT NULL)");
    db.exec("CREATE TABLE plans (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, path TEXT NOT NULL, content_hash TEXT, "
            "title TEXT, organisation TEXT, format TEXT, encoding TEXT, score INTEGER, error_kind TEXT, error TEXT)");
    db.exec("INSERT INTO runs (started_at, tool_version, rulesets, arguments, lang) VALUES ('t', 'v', 'r', '[]', 'zh')");
    db.exec("PRAGMA user_version=1");
  }
  Database db(path, Database::Mode::Create);
  EXPECT_EQ(ensure_schema(db), kSchemaVersion);
  EXPECT_EQ(count(db, "SELECT count(*) FROM runs WHERE as_of IS NULL"), 1);
  EXPECT_EQ(count(db, "SELECT count(*) FROM plans WHERE org_kind IS NULL AND org_kind_source IS NULL AND org_kind_evidence IS NULL"), 0);
}

TEST(Schema, AVersionTwoDatabaseGainsTheCopiedShareAndKeepsItsPlans) {
  const FreshDb fresh;
  const std::string& path = fresh.path();
  {
    Database db(path, Database::Mode::Create);
    db.exec("CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, tool_version TEXT NOT NULL, "
            "rulesets TEXT NOT NULL, arguments TEXT NOT NULL, lang TEXT NOT NULL, as_of TEXT)");
    db.exec("CREATE TABLE plans (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, path TEXT NOT NULL, content_hash TEXT, "
            "title TEXT, organisation TEXT, format TEXT, encoding TEXT, score INTEGER, error_kind TEXT, error TEXT, "
            "org_kind TEXT, org_kind_source TEXT, org_kind_evidence TEXT)");
    db.exec("INSERT INTO runs (started_at, tool_version, rulesets, arguments, lang) VALUES ('t', 'v', 'r', '[]', 'zh')");
    db.exec("INSERT INTO plans (run_id, path, score) VALUES (1, 'old.txt', 70)");
    db.exec("PRAGMA user_version=2");
  }
  Database db(path, Database::Mode::Create);
  EXPECT_EQ(ensure_schema(db), kSchemaVersion);
  EXPECT_EQ(count(db, "SELECT count(*) FROM plans WHERE path = 'old.txt' AND score = 70 AND copied_share IS NULL"), 1);
}

TEST(RunWriter, StoresTheCopiedShareWhenMeasured) {
  const FreshDb fresh;
  const std::string& path = fresh.path();
  PlanResult copied = plan("copied.txt", "cccc", {result("plan.copied-parent", Status::Fail)}, 40);
  copied.copied_share = 0.62487;  // stored as the reports give it: four decimals
  store_run(path, {copied, plan("own.txt", "oooo", {}, 90)});
  Database db(path, Database::Mode::ReadOnly);
  Statement s = db.prepare("SELECT path, copied_share FROM plans ORDER BY path");
  ASSERT_TRUE(s.step());
  EXPECT_EQ(s.text(0), "copied.txt");
  EXPECT_DOUBLE_EQ(s.real(1), 0.6249);
  ASSERT_TRUE(s.step());
  EXPECT_TRUE(s.is_null(1)) << "a plan without the measure keeps NULL";
}

TEST(Schema, RefusesANewerSchemaAndAForeignDatabase) {
  const FreshDb fresh;
  const std::string& path = fresh.path();
  {
    Database db(path, Database::Mode::Create);
    db.exec("PRAGMA user_version=99");
  }
  Database db(path, Database::Mode::Create);
  EXPECT_THROW(ensure_schema(db), DbError);
  const std::string other = fresh.path() + "-other";
  Database empty(other, Database::Mode::Create);
  EXPECT_THROW(check_schema(empty), DbError);
}

TEST(RunWriter, StoresEveryRowAndAddsARunEachTime) {
  const FreshDb fresh;
  const std::string& path = fresh.path();
  PlanResult broken;
  broken.path = "b.txt";
  broken.error = ToolError{ErrorKind::Encoding, "b.txt", {}, verbatim("invalid GB18030 sequence")};
  const std::vector<PlanResult> plans = {
      plan("a.txt", "aaaa", {result("drill.frequency", Status::Fail), result("structure.basis", Status::Pass)}, 50),
      broken};
  store_run(path, plans);
  store_run(path, plans);
  Database db(path, Database::Mode::ReadOnly);
  EXPECT_EQ(count(db, "SELECT count(*) FROM runs"), 2);
  EXPECT_EQ(count(db, "SELECT count(*) FROM runs WHERE as_of = '2026-12-03'"), 2);
  EXPECT_EQ(count(db, "SELECT count(*) FROM plans WHERE org_kind = 'other' AND org_kind_source = 'default'"), 2);
  EXPECT_EQ(count(db, "SELECT count(*) FROM plans"), 4);
  EXPECT_EQ(count(db, "SELECT count(*) FROM results"), 4);
  EXPECT_EQ(count(db, "SELECT count(*) FROM findings WHERE line = 3 AND \"column\" = 5"), 2);
  EXPECT_EQ(count(db, "SELECT count(*) FROM plans WHERE score IS NULL AND error_kind = 'encoding'"), 2);
  Statement run = db.prepare("SELECT rulesets, arguments, started_at FROM runs WHERE id = 1");
  ASSERT_TRUE(run.step());
  EXPECT_EQ(run.text(0), "cn-national-2017");  // taken from the plans when the command line named none
  EXPECT_EQ(run.text(1), R"(["check","plans"])");
  EXPECT_EQ(run.text(2), "2024-01-01T00:00:00Z");
}

TEST(RunWriter, ARolledBackRunLeavesNothing) {
  const FreshDb fresh;
  const std::string& path = fresh.path();
  {
    Result<std::unique_ptr<RunWriter>> writer = RunWriter::open(path, RunRecord{});
    ASSERT_TRUE(writer);
    writer.value()->add(plan("a.txt", "aaaa", {result("x", Status::Fail)}, 0));
    writer.value()->rollback();
  }
  {
    Result<std::unique_ptr<RunWriter>> dropped = RunWriter::open(path, RunRecord{});  // destroyed uncommitted
    ASSERT_TRUE(dropped);
    dropped.value()->add(plan("a.txt", "aaaa", {}, 100));
  }
  Database db(path, Database::Mode::ReadOnly);
  EXPECT_EQ(count(db, "SELECT count(*) FROM runs"), 0);
  EXPECT_EQ(count(db, "SELECT count(*) FROM plans"), 0);
}

TEST(RunWriter, AnUnwritablePathIsAToolError) {
  Result<std::unique_ptr<RunWriter>> writer = RunWriter::open("/nonexistent-dir/x/plans.db", RunRecord{});
  ASSERT_FALSE(writer);
  EXPECT_NE(writer.error().message.text(Lang::En).find("results database"), std::string::npos);
}

TEST(RunTimestamp, FollowsSourceDateEpoch) {
  ::setenv("SOURCE_DATE_EPOCH", "86400", 1);
  EXPECT_EQ(run_timestamp(), "1970-01-02T00:00:00Z");
  ::setenv("SOURCE_DATE_EPOCH", "not a number", 1);
  EXPECT_NE(run_timestamp(), "1970-01-02T00:00:00Z");
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_EQ(run_timestamp().size(), 20u);
}

}  // namespace
}  // namespace plancheck::store
