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
  const std::string path = fresh_db_path();
  for (int i = 0; i < 2; ++i) {
    Database db(path, Database::Mode::Create);
    EXPECT_EQ(ensure_schema(db), kSchemaVersion);
    EXPECT_EQ(db.user_version(), kSchemaVersion);
    EXPECT_EQ(count(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"), 4);
  }
  Database db(path, Database::Mode::ReadOnly);
  EXPECT_NO_THROW(check_schema(db));
}

TEST(Schema, RefusesANewerSchemaAndAForeignDatabase) {
  const std::string path = fresh_db_path();
  {
    Database db(path, Database::Mode::Create);
    db.exec("PRAGMA user_version=99");
  }
  Database db(path, Database::Mode::Create);
  EXPECT_THROW(ensure_schema(db), DbError);
  const std::string other = fresh_db_path() + "-other";
  Database empty(other, Database::Mode::Create);
  EXPECT_THROW(check_schema(empty), DbError);
  std::remove(other.c_str());
}

TEST(RunWriter, StoresEveryRowAndAddsARunEachTime) {
  const std::string path = fresh_db_path();
  PlanResult broken;
  broken.path = "b.txt";
  broken.error = ToolError{ErrorKind::Encoding, "b.txt", {}, "invalid GB18030 sequence"};
  const std::vector<PlanResult> plans = {
      plan("a.txt", "aaaa", {result("drill.frequency", Status::Fail), result("structure.basis", Status::Pass)}, 50),
      broken};
  store_run(path, plans);
  store_run(path, plans);
  Database db(path, Database::Mode::ReadOnly);
  EXPECT_EQ(count(db, "SELECT count(*) FROM runs"), 2);
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
  const std::string path = fresh_db_path();
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
  EXPECT_NE(writer.error().message.find("results database"), std::string::npos);
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
