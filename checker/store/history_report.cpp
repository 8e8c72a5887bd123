#include "store/history_report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <string>

#include "text/utf8.hpp"

namespace plancheck::store {

namespace {

const char* tr(Lang lang, const char* zh, const char* en) { return lang == Lang::En ? en : zh; }

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string score_text(const std::optional<int>& score) { return score ? std::to_string(*score) : "—"; }

bool changed(const PlanChange& c) {
  return c.kind != PlanChange::Kind::Matched || c.regressed() || c.improved() || c.score_before != c.score_after ||
         c.error_before != c.error_after;
}

// The part after "path: " on a plan's first line.
std::string headline(const PlanChange& c, Lang lang) {
  switch (c.kind) {
    case PlanChange::Kind::Added:
      return c.error_after.empty() ? fmt::format(tr(lang, "新增（得分 {}）", "added (score {})"), score_text(c.score_after))
                                   : tr(lang, "新增（无法检查）", "added (could not be checked)");
    case PlanChange::Kind::Removed: return tr(lang, "已移除", "removed");
    case PlanChange::Kind::Moved:
    case PlanChange::Kind::Matched: break;
  }
  std::string line = fmt::format(tr(lang, "得分 {} → {}", "score {} → {}"), score_text(c.score_before),
                                 score_text(c.score_after));
  if (c.kind == PlanChange::Kind::Moved) {
    line = fmt::format(tr(lang, "原路径 {}，内容相同；", "moved from {}, same content; "), text::to_valid_utf8(c.previous_path)) + line;
  }
  return line;
}

void write_plan(const PlanChange& c, Lang lang, std::ostream& out) {
  out << text::to_valid_utf8(c.path) << tr(lang, "：", ": ") << headline(c, lang) << '\n';
  if (!c.newly_passed.empty()) out << tr(lang, "  新通过：", "  newly passed: ") << join(c.newly_passed) << '\n';
  if (!c.newly_failed.empty()) out << tr(lang, "  新不通过：", "  newly failed: ") << join(c.newly_failed) << '\n';
  if (c.kind == PlanChange::Kind::Removed) return;
  if (!c.error_after.empty() && c.error_after != c.error_before) {
    out << tr(lang, "  无法检查：", "  could not be checked: ") << text::to_valid_utf8(c.error_after) << '\n';
  } else if (!c.error_before.empty() && c.error_after.empty()) {
    out << tr(lang, "  此前无法检查，现已检查\n", "  could not be checked before, checked now\n");
  }
}

void write_header(const History& h, Lang lang, std::ostream& out) {
  if (!h.before) {
    out << fmt::format(tr(lang, "数据库中只有一次运行（第 {} 次，{}）：所有预案均为新增\n",
                          "The database holds a single run ({}, {}): every plan is new\n"),
                       h.after.id, h.after.started_at);
    return;
  }
  out << fmt::format(tr(lang, "比较第 {} 次运行（{}）与第 {} 次运行（{}）\n", "Run {} ({}) compared with run {} ({})\n"),
                     h.after.id, h.after.started_at, h.before->id, h.before->started_at);
  if (h.rulesets_changed()) {
    out << fmt::format(tr(lang, "注意：两次运行的规则集不同（此前：{}；现在：{}），只比较两者共有的规则\n",
                          "Note: the rulesets changed between the runs (before: {}; now: {}); only the rules both "
                          "checked are compared\n"),
                       h.before->rulesets, h.after.rulesets);
  }
}

void write_summary(const History& h, Lang lang, std::ostream& out) {
  int compared = 0, improved = 0, regressed = 0, added = 0, removed = 0;
  for (const PlanChange& c : h.plans) {
    added += c.kind == PlanChange::Kind::Added;
    removed += c.kind == PlanChange::Kind::Removed;
    if (c.kind == PlanChange::Kind::Added || c.kind == PlanChange::Kind::Removed) continue;
    ++compared;
    regressed += c.regressed();
    improved += c.improved();
  }
  out << fmt::format(tr(lang, "共比较 {} 份预案：改进 {} 份，退步 {} 份，无变化 {} 份；新增 {} 份，移除 {} 份\n",
                        "{} plans compared: {} improved, {} regressed, {} unchanged; {} added, {} removed\n"),
                     compared, improved, regressed, compared - improved - regressed, added, removed);
}

const char* kind_name(PlanChange::Kind kind) {
  switch (kind) {
    case PlanChange::Kind::Matched: return "matched";
    case PlanChange::Kind::Moved: return "moved";
    case PlanChange::Kind::Added: return "added";
    case PlanChange::Kind::Removed: return "removed";
  }
  return "matched";
}

nlohmann::json optional_json(const std::optional<int>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }
nlohmann::json text_or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

nlohmann::json run_json(const RunSummary& r) {
  return {{"id", r.id}, {"started_at", r.started_at}, {"tool_version", r.tool_version}, {"rulesets", r.rulesets},
          {"plans", r.plans}};
}

// A stored path is the file's exact name; one that is not UTF-8 is shown escaped, with its bytes in hex
// beside it (`path_bytes`, as in the JSON report).
void add_path(nlohmann::json& j, const char* key, const std::string& exact) {
  const std::string shown = text::to_valid_utf8(exact);
  j[key] = text_or_null(shown);
  if (shown != exact) j[std::string(key) + "_bytes"] = text::bytes_to_hex(exact);
}

nlohmann::json plan_json(const PlanChange& c) {
  nlohmann::json j = nlohmann::json::object();
  add_path(j, "path", c.path);
  j["change"] = kind_name(c.kind);
  add_path(j, "previous_path", c.previous_path);
  j.update(nlohmann::json{
          {"score_before", optional_json(c.score_before)},
          {"score_after", optional_json(c.score_after)},
          {"error_before", text_or_null(text::to_valid_utf8(c.error_before))},
          {"error_after", text_or_null(text::to_valid_utf8(c.error_after))},
          {"newly_passed", c.newly_passed},
          {"newly_failed", c.newly_failed},
          {"improved", c.improved()},
          {"regressed", c.regressed()}});
  return j;
}

}  // namespace

void write_history_text(const History& history, Lang lang, bool verbose, std::ostream& out) {
  write_header(history, lang, out);
  for (const PlanChange& c : history.plans) {
    if (verbose || changed(c)) write_plan(c, lang, out);
  }
  write_summary(history, lang, out);
}

void write_history_json(const History& history, std::ostream& out) {
  nlohmann::json doc = {{"schema", "plancheck-history/1"},
                        {"before", history.before ? run_json(*history.before) : nlohmann::json(nullptr)},
                        {"after", run_json(history.after)},
                        {"rulesets_changed", history.rulesets_changed()},
                        {"plans", nlohmann::json::array()}};
  for (const PlanChange& c : history.plans) doc["plans"].push_back(plan_json(c));
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace plancheck::store
