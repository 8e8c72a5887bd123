#include "rules/duty.hpp"

#include <algorithm>

#include "facts/scan.hpp"
#include "rules/fact_places.hpp"
#include "text/normalize.hpp"

namespace plancheck::rules {
namespace {

struct DutyParams {
  std::vector<int> colours;  // ranks, 1 = 红色
  std::vector<int> levels;
};

bool overlaps(const std::vector<int>& a, const std::vector<int>& b) {
  return std::any_of(a.begin(), a.end(), [&](int x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

class DutyRule final : public Rule {
 public:
  explicit DutyRule(DutyParams p) : p_(std::move(p)) {}

  void check(const RuleContext& ctx, Reporter& out) const override {
    const facts::DutyMention* other = nullptr;
    const facts::DutyMention* phone = nullptr;
    bool passed = false;
    for (const facts::DutyMention& d : ctx.facts.timing.duties) {
      if (d.duty && (overlaps(d.colour_ranks, p_.colours) || overlaps(d.response_levels, p_.levels))) {
        out.pass(evidence_at(ctx, d.at));
        passed = true;
      } else if (d.duty && !other) {
        other = &d;
      } else if (!d.duty && !phone) {
        phone = &d;
      }
    }
    if (passed) return;
    if (other) {
      out.fail("wrong-context", {{"found", fact_text(ctx, other->phrase)}}, place_at(ctx, other->at));
    } else if (phone) {
      out.fail("phone-only", {{"found", fact_text(ctx, phone->phrase)}}, place_at(ctx, phone->at));
    } else {
      out.fail("missing", {}, place_in_section(ctx, {"预警响应", "应急响应", "应急处置"}));
    }
  }

  // {colours} "红色、橙色", {levels} "I级、II级": when the duty is required.
  MessageArgs remediation_args() const override {
    static constexpr const char* kColours[] = {"红色", "橙色", "黄色", "蓝色"};
    std::string colours, levels;
    for (int c : p_.colours) colours += (colours.empty() ? "" : "、") + std::string(c >= 1 && c <= 4 ? kColours[c - 1] : "");
    for (int n : p_.levels) levels += (levels.empty() ? "" : "、") + response_name(n);
    return {{"colours", colours}, {"levels", levels}};
  }

 private:
  DutyParams p_;
};

}  // namespace

std::unique_ptr<const Rule> make_duty_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  DutyParams p;
  for (const ruleset::Param& param : spec.params) {
    if (param.name == "colour") {
      const auto cs = facts::colour_mentions(text::normalized(param.value));
      if (cs.size() == 1) p.colours.push_back(cs.front().rank);
      else errors.push_back({param.line, "\"" + param.value + "\" is not a warning colour (红色, 橙色, 黄色, 蓝色)"});
    } else if (param.name == "level") {
      if (auto n = response_number(param.value)) p.levels.push_back(*n);
      else errors.push_back({param.line, "\"" + param.value + "\" is not a response level (I级 … IV级)"});
    } else {
      errors.push_back(unknown_param(param, "duty", "colour, level"));
    }
  }
  if (p.colours.empty() && p.levels.empty()) errors.push_back({spec.line, "a duty rule needs a <colour> or a <level>"});
  if (!errors.empty()) return nullptr;
  return std::make_unique<DutyRule>(std::move(p));
}

}  // namespace plancheck::rules
