#include "batch/shard_merge.hpp"

#include <algorithm>
#include <map>

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

}  // namespace

Result<report::RunReport> merge_reports(std::vector<report::RunReport> shards, const std::vector<std::string>& names) {
  report::RunReport merged;
  if (!shards.empty()) {
    merged.tool = shards.front().tool;
    merged.lang = shards.front().lang;
    merged.as_of = shards.front().as_of;
  }
  for (std::size_t i = 1; i < shards.size(); ++i) {
    if (shards[i].as_of != merged.as_of) {
      return ToolError{ErrorKind::Usage, name_of(names, i), {},
                       "judged as of " + shards[i].as_of + ", but " + name_of(names, 0) + " as of " + merged.as_of +
                           ": run every shard with the same --as-of"};
    }
  }
  merged.rules = merged_rules(shards);
  std::map<std::string, std::size_t> shard_of;  // path → the shard it came from
  for (std::size_t i = 0; i < shards.size(); ++i) {
    for (PlanResult& plan : shards[i].plans) {
      auto [it, fresh] = shard_of.emplace(plan.exact_path(), i);
      if (!fresh) {
        return ToolError{ErrorKind::Usage, name_of(names, i), {},
                         plan.path + " is also in " + name_of(names, it->second) + ": the shards overlap"};
      }
      merged.plans.push_back(std::move(plan));
    }
  }
  std::stable_sort(merged.plans.begin(), merged.plans.end(),
                   [](const PlanResult& a, const PlanResult& b) { return a.exact_path() < b.exact_path(); });
  return merged;
}

}  // namespace plancheck::batch
