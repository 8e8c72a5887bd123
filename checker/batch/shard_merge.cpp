#include "batch/shard_merge.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace plancheck::batch {

namespace {

std::vector<report::RuleMeta> merged_rules(const std::vector<report::RunReport>& shards) {
  std::map<std::string, report::RuleMeta> by_id;
  for (const report::RunReport& shard : shards) {
    for (const report::RuleMeta& rule : shard.rules) by_id.emplace(rule.id, rule);
  }
  std::vector<report::RuleMeta> rules;
  rules.reserve(by_id.size());
  for (auto& [id, rule] : by_id) rules.push_back(std::move(rule));
  return rules;
}

std::string name_of(const std::vector<std::string>& names, std::size_t i) {
  return i < names.size() ? names[i] : "#" + std::to_string(i + 1);
}

// The rulesets a report's plans were checked against, e.g. "cn-national-2017,cn-miit-2017" (in order).
std::string rulesets_of(const report::RunReport& report) {
  std::vector<std::string> ids;
  for (const PlanResult& plan : report.plans) {
    for (const std::string& id : plan.rulesets) {
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  }
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ",") + id;
  return out;
}

std::optional<ToolError> check_same_kind(const std::vector<report::RunReport>& shards, const std::vector<std::string>& names) {
  if (shards.empty()) return std::nullopt;
  const std::string rulesets = rulesets_of(shards.front());
  for (std::size_t i = 1; i < shards.size(); ++i) {
    const std::string mine = rulesets_of(shards[i]);
    if (mine != rulesets && !mine.empty() && !rulesets.empty()) {
      return ToolError{ErrorKind::Usage, name_of(names, i), {},
                       Message{MsgId::MergeMixedRulesets, {{"found", mine}, {"other", name_of(names, 0)}, {"expected", rulesets}}}};
    }
    if (shards[i].tool.version != shards.front().tool.version) {
      return ToolError{ErrorKind::Usage, name_of(names, i), {},
                       Message{MsgId::MergeMixedVersions,
                               {{"found", shards[i].tool.version}, {"other", name_of(names, 0)}, {"expected", shards.front().tool.version}}}};
    }
  }
  return std::nullopt;
}

}  // namespace

Result<report::RunReport> merge_reports(std::vector<report::RunReport> shards, const std::vector<std::string>& names,
                                        bool allow_mixed) {
  if (!allow_mixed) {
    if (auto e = check_same_kind(shards, names)) return *e;
  }
  report::RunReport merged;
  if (!shards.empty()) {
    merged.tool = shards.front().tool;
    merged.lang = shards.front().lang;
    merged.as_of = shards.front().as_of;
  }
  for (std::size_t i = 1; i < shards.size(); ++i) {
    if (shards[i].as_of != merged.as_of) {
      return ToolError{ErrorKind::Usage, name_of(names, i), {},
                       Message{MsgId::MergeMixedAsOf, {{"found", shards[i].as_of}, {"other", name_of(names, 0)}, {"expected", merged.as_of}}}};
    }
  }
  merged.rules = merged_rules(shards);
  std::map<std::string, std::size_t> shard_of;  // path → the shard it came from
  for (std::size_t i = 0; i < shards.size(); ++i) {
    for (PlanResult& plan : shards[i].plans) {
      auto [it, fresh] = shard_of.emplace(plan.exact_path(), i);
      if (!fresh) {
        return ToolError{ErrorKind::Usage, name_of(names, i), {},
                         Message{MsgId::MergeOverlap, {{"path", plan.path}, {"other", name_of(names, it->second)}}}};
      }
      merged.plans.push_back(std::move(plan));
    }
  }
  std::stable_sort(merged.plans.begin(), merged.plans.end(),
                   [](const PlanResult& a, const PlanResult& b) { return a.exact_path() < b.exact_path(); });
  return merged;
}

}  // namespace plancheck::batch
