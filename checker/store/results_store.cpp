#include "store/results_store.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <string_view>

#include "store/schema.hpp"
#include "store/sqlite_db.hpp"

namespace plancheck::store {

namespace {

constexpr std::string_view kInsertPlan =
    "INSERT INTO plans (run_id, path, content_hash, title, organisation, format, encoding, score, error_kind, error, "
    "org_kind, org_kind_source, org_kind_evidence, copied_share) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
constexpr std::string_view kInsertResult =
    "INSERT INTO results (plan_id, rule, status, severity, basis, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr std::string_view kInsertFinding =
    "INSERT INTO findings (result_id, message, line, \"column\", section, evidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ",") + s;
  return out;
}

std::optional<std::time_t> epoch_from_env() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (value == nullptr || *value == '\0') return std::nullopt;
  char* end = nullptr;
  const long long seconds = std::strtoll(value, &end, 10);
  if (*end != '\0' || seconds < 0) return std::nullopt;
  return static_cast<std::time_t>(seconds);
}

ToolError store_error(const std::string& path, const DbError& e) {
  return ToolError{ErrorKind::Unreadable, path, {}, e.message()};
}

}  // namespace

std::string run_timestamp() {
  const std::time_t t = epoch_from_env().value_or(std::time(nullptr));
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

struct RunWriter::Impl {
  explicit Impl(const std::string& file) : path(file), db(file, Database::Mode::Create) {}

  void start(const RunRecord& run) {
    lang = run.lang;
    db.exec("BEGIN IMMEDIATE");
    in_transaction = true;
    Statement insert = db.prepare(
        "INSERT INTO runs (started_at, tool_version, rulesets, arguments, lang, as_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, run.started_at).bind(2, run.tool_version).bind(3, join(run.rulesets));
    insert.bind(4, nlohmann::json(run.arguments).dump()).bind(5, run.lang == Lang::En ? "en" : "zh");
    insert.bind_or_null(6, run.as_of).run();
    run_id = db.last_insert_id();
    rulesets_known = !run.rulesets.empty();
  }

  void add_result(std::int64_t plan_id, const RuleResult& r) {
    insert_result.bind(1, plan_id).bind(2, r.rule).bind(3, to_string(r.status)).bind(4, to_string(r.severity));
    insert_result.bind_or_null(5, r.basis).bind_or_null(6, r.note).run();
    const std::int64_t result_id = db.last_insert_id();
    for (const Finding& f : r.findings) {
      insert_finding.bind(1, result_id).bind(2, f.message);
      if (f.location.known()) {
        insert_finding.bind(3, static_cast<std::int64_t>(f.location.line));
        insert_finding.bind(4, static_cast<std::int64_t>(f.location.column));
      }
      insert_finding.bind_or_null(5, f.section).bind_or_null(6, f.evidence).run();
    }
  }

  // Every plan of a run has the same rulesets; the command line may not name them (the default applies).
  void note_rulesets(const std::vector<std::string>& ids) {
    rulesets_known = true;
    db.prepare("UPDATE runs SET rulesets = ?1 WHERE id = ?2").bind(1, join(ids)).bind(2, run_id).run();
  }

  void add(const PlanResult& p) {
    if (!rulesets_known && !p.rulesets.empty()) note_rulesets(p.rulesets);
    insert_plan.bind(1, run_id).bind(2, p.exact_path()).bind_or_null(3, p.content_hash).bind_or_null(4, p.title);
    insert_plan.bind_or_null(5, p.organisation).bind_or_null(6, p.format).bind_or_null(7, p.encoding);
    if (p.error) {
      insert_plan.bind(9, to_string(p.error->kind)).bind(10, p.error->to_string(lang));
    } else {
      insert_plan.bind(8, static_cast<std::int64_t>(p.score));
      insert_plan.bind(11, to_string(p.org.kind)).bind(12, to_string(p.org.source)).bind_or_null(13, p.org.evidence);
    }
    // Four decimals, as the JSON, CSV and SARIF reports give it.
    if (p.copied_share) insert_plan.bind_real(14, std::round(*p.copied_share * 10000) / 10000);
    insert_plan.run();
    const std::int64_t plan_id = db.last_insert_id();
    for (const RuleResult& r : p.results) add_result(plan_id, r);
  }

  std::string path;
  Database db;
  int schema_version = ensure_schema(db);  // before the statements: they need the tables
  Statement insert_plan = db.prepare(kInsertPlan);
  Statement insert_result = db.prepare(kInsertResult);
  Statement insert_finding = db.prepare(kInsertFinding);
  std::int64_t run_id = 0;
  bool in_transaction = false;
  bool rulesets_known = false;
  Lang lang = Lang::Zh;  // of the run: stored error texts are in it
  std::optional<ToolError> failure;
};

RunWriter::RunWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

RunWriter::~RunWriter() { rollback(); }

Result<std::unique_ptr<RunWriter>> RunWriter::open(const std::string& path, const RunRecord& run) {
  try {
    auto impl = std::make_unique<Impl>(path);
    impl->start(run);
    return std::unique_ptr<RunWriter>(new RunWriter(std::move(impl)));
  } catch (const DbError& e) {
    return store_error(path, e);
  }
}

void RunWriter::add(const PlanResult& plan) {
  if (impl_->failure) return;
  try {
    impl_->add(plan);
  } catch (const DbError& e) {
    impl_->failure = store_error(impl_->path, e);
  }
}

std::optional<ToolError> RunWriter::commit() {
  if (impl_->failure || !impl_->in_transaction) {
    rollback();
    return impl_->failure;
  }
  try {
    impl_->db.exec("COMMIT");
    impl_->in_transaction = false;
    return std::nullopt;
  } catch (const DbError& e) {
    rollback();
    return store_error(impl_->path, e);
  }
}

void RunWriter::rollback() {
  if (!impl_ || !impl_->in_transaction) return;
  impl_->in_transaction = false;
  try {
    impl_->db.exec("ROLLBACK");
  } catch (const DbError&) {
    // SQLite already rolled back (e.g. after an I/O error); nothing of the run remains either way.
  }
}

}  // namespace plancheck::store
