#include "store/history.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "store/schema.hpp"
#include "store/sqlite_db.hpp"

namespace plancheck::store {

namespace {

struct StoredPlan {
  std::string path;
  std::string hash;
  std::optional<int> score;
  std::string error;
  std::map<std::string, std::string> status;  // rule → "pass" | "fail" | …
  bool matched = false;
};

using StoredRun = std::vector<StoredPlan>;  // sorted by path

std::vector<RunSummary> latest_runs(Database& db) {
  Statement s = db.prepare(
      "SELECT r.id, r.started_at, r.tool_version, r.rulesets, (SELECT count(*) FROM plans p WHERE p.run_id = r.id) "
      "FROM runs r ORDER BY r.id DESC LIMIT 2");
  std::vector<RunSummary> runs;
  while (s.step()) runs.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), static_cast<int>(s.integer(4))});
  return runs;
}

StoredRun load_run(Database& db, std::int64_t run_id) {
  Statement plans = db.prepare("SELECT id, path, content_hash, score, error FROM plans WHERE run_id = ?1 ORDER BY path");
  plans.bind(1, run_id);
  StoredRun run;
  std::unordered_map<std::int64_t, std::size_t> index;
  while (plans.step()) {
    index[plans.integer(0)] = run.size();
    StoredPlan p{plans.text(1), plans.text(2), std::nullopt, plans.text(4), {}, false};
    if (!plans.is_null(3)) p.score = static_cast<int>(plans.integer(3));
    run.push_back(std::move(p));
  }
  Statement results = db.prepare(
      "SELECT r.plan_id, r.rule, r.status FROM results r JOIN plans p ON p.id = r.plan_id WHERE p.run_id = ?1");
  results.bind(1, run_id);
  while (results.step()) run[index.at(results.integer(0))].status[results.text(1)] = results.text(2);
  return run;
}

PlanChange compare(const StoredPlan& before, const StoredPlan& after) {
  PlanChange c;
  c.kind = before.path == after.path ? PlanChange::Kind::Matched : PlanChange::Kind::Moved;
  c.path = after.path;
  if (c.kind == PlanChange::Kind::Moved) c.previous_path = before.path;
  c.score_before = before.score;
  c.score_after = after.score;
  c.error_before = before.error;
  c.error_after = after.error;
  // A plan in error has no results: its rules did not change, it could not be checked.
  if (!before.error.empty() || !after.error.empty()) return c;
  // Only rules both runs checked: a rule of another ruleset did not "newly" fail or pass.
  for (const auto& [rule, status] : after.status) {
    auto old = before.status.find(rule);
    if (old == before.status.end()) continue;
    const bool failed_before = old->second == "fail";
    if (status == "pass" && failed_before) c.newly_passed.push_back(rule);
    if (status == "fail" && !failed_before) c.newly_failed.push_back(rule);
  }
  return c;
}

PlanChange alone(const StoredPlan& p, PlanChange::Kind kind) {
  PlanChange c;
  c.kind = kind;
  c.path = p.path;
  (kind == PlanChange::Kind::Added ? c.score_after : c.score_before) = p.score;
  (kind == PlanChange::Kind::Added ? c.error_after : c.error_before) = p.error;
  return c;
}

// Paths first; then a plan that vanished from one path and appeared under another with the same content.
std::vector<PlanChange> diff_runs(StoredRun& before, StoredRun& after) {
  std::map<std::string, StoredPlan*> by_path;
  for (StoredPlan& p : before) by_path[p.path] = &p;
  std::vector<PlanChange> changes;
  for (StoredPlan& p : after) {
    auto it = by_path.find(p.path);
    if (it == by_path.end()) continue;
    changes.push_back(compare(*it->second, p));
    it->second->matched = p.matched = true;
  }
  std::multimap<std::string, StoredPlan*> by_hash;
  for (StoredPlan& p : before) {
    if (!p.matched && !p.hash.empty()) by_hash.emplace(p.hash, &p);
  }
  for (StoredPlan& p : after) {
    if (p.matched) continue;
    auto it = p.hash.empty() ? by_hash.end() : by_hash.find(p.hash);
    if (it == by_hash.end()) {
      changes.push_back(alone(p, PlanChange::Kind::Added));
      continue;
    }
    changes.push_back(compare(*it->second, p));
    it->second->matched = p.matched = true;
    by_hash.erase(it);
  }
  for (const StoredPlan& p : before) {
    if (!p.matched) changes.push_back(alone(p, PlanChange::Kind::Removed));
  }
  std::sort(changes.begin(), changes.end(), [](const PlanChange& a, const PlanChange& b) { return a.path < b.path; });
  return changes;
}

History compare_in(Database& db) {
  check_schema(db);
  std::vector<RunSummary> runs = latest_runs(db);
  if (runs.empty()) throw DbError(Message{MsgId::DbNoRun, {}});
  History h;
  h.after = runs[0];
  StoredRun after = load_run(db, h.after.id);
  StoredRun before;
  if (runs.size() > 1) {
    h.before = runs[1];
    before = load_run(db, h.before->id);
  }
  h.plans = diff_runs(before, after);
  return h;
}

}  // namespace

bool PlanChange::regressed() const {
  return !newly_failed.empty() || (error_before.empty() && !error_after.empty() && kind != Kind::Added);
}

bool PlanChange::improved() const {
  return !regressed() && (!newly_passed.empty() || (!error_before.empty() && error_after.empty() && kind != Kind::Removed));
}

Result<History> compare_latest_runs(const std::string& path) {
  try {
    Database db(path, Database::Mode::ReadOnly);
    return compare_in(db);
  } catch (const DbError& e) {
    return ToolError{ErrorKind::Unreadable, path, {}, e.message()};
  }
}

}  // namespace plancheck::store
