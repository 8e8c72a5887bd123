#include "rules/response_procedure.hpp"

#include <algorithm>

#include "rules/fact_places.hpp"

namespace plancheck::rules {
namespace {

struct ProcedureParams {
  bool end = false;
  std::vector<int> levels;
};

const facts::Authority* named(const std::vector<facts::Authority>& list) {
  auto it = std::find_if(list.begin(), list.end(), [](const facts::Authority& a) { return !a.who.empty(); });
  return it == list.end() ? nullptr : &*it;
}

class ResponseProcedureRule final : public Rule {
 public:
  explicit ResponseProcedureRule(ProcedureParams p) : p_(std::move(p)) {}

  void check(const RuleContext& ctx, Reporter& out) const override {
    const facts::GradingFacts& g = ctx.facts.grading;
    if (g.responses.empty()) {
      out.fail("no-levels", {}, place_in_section(ctx, {"应急响应", "应急处置", "响应"}));
      return;
    }
    std::vector<int> levels = p_.levels;
    if (levels.empty()) {
      for (const facts::ResponseLevel& r : g.responses) levels.push_back(r.number);
    }
    for (int n : levels) {
      const facts::ResponseLevel* r = g.response(n);
      const std::vector<facts::Authority> none;
      const std::vector<facts::Authority>& list = !r ? none : p_.end ? r->ends : r->starts;
      const facts::Authority* who = named(list);
      if (!who && p_.end) who = named(g.generic_ends);
      const MessageArgs args = {{"level", response_name(n)}};
      if (who) {
        out.pass(evidence_at(ctx, who->at));
      } else if (!list.empty()) {
        out.fail("no-authority", args, place_at(ctx, list.front().at));
      } else {
        out.fail("missing", args, r ? place_at(ctx, r->at) : place_in_section(ctx, {"应急响应", "应急结束"}));
      }
    }
  }

  // {levels} "I级、II级": the levels the rule asks about (every level, I级 to IV级, when it names none).
  MessageArgs remediation_args() const override {
    std::string levels;
    for (int n : p_.levels.empty() ? std::vector<int>{1, 2, 3, 4} : p_.levels) levels += (levels.empty() ? "" : "、") + response_name(n);
    return {{"levels", levels}};
  }

 private:
  ProcedureParams p_;
};

}  // namespace

std::unique_ptr<const Rule> make_response_procedure_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  ProcedureParams p;
  for (const ruleset::Param& param : spec.params) {
    if (param.name == "aspect") {
      if (param.value != "start" && param.value != "end") errors.push_back({param.line, "<aspect> must be start or end"});
      p.end = param.value == "end";
    } else if (param.name == "level") {
      if (auto n = response_number(param.value)) p.levels.push_back(*n);
      else errors.push_back({param.line, "\"" + param.value + "\" is not a response level (I级 … IV级)"});
    } else {
      errors.push_back(unknown_param(param, "response-procedure", "aspect, level"));
    }
  }
  if (spec.params_named("aspect").size() != 1) errors.push_back({spec.line, "a response-procedure rule needs one <aspect>"});
  if (!errors.empty()) return nullptr;
  return std::make_unique<ResponseProcedureRule>(std::move(p));
}

}  // namespace plancheck::rules
