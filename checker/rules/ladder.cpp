#include "rules/ladder.hpp"

#include <algorithm>

#include "rules/fact_places.hpp"
#include "rules/remediation_args.hpp"
#include "text/normalize.hpp"

namespace plancheck::rules {
namespace {

enum class Which { Event, Colour, Response };

struct ExpectedLevel {
  std::string name;     // normalised; responses as "I级"
  std::string maps_to;  // normalised event level, "" when not checked
};

struct LadderParams {
  Which which = Which::Event;
  std::vector<ExpectedLevel> levels;
};

// One ladder read from the facts in a common shape.
struct Rung {
  std::string name;
  std::string maps_to;
  bool has_criteria = true;
  facts::TextRef at;
  facts::TextRef evidence;  // what a pass cites: an event level's criteria where found, else `at`
};

std::vector<Rung> rungs(const facts::GradingFacts& g, Which which) {
  std::vector<Rung> out;
  if (which == Which::Event) {
    // A level's pass cites its own criteria, not the sentence declaring the ladder four times over.
    for (const auto& l : g.event_levels) {
      out.push_back({l.name, "", !l.criteria.empty(), l.at, l.criteria_at.known ? l.criteria_at : l.at});
    }
  } else if (which == Which::Colour) {
    for (const auto& c : g.colours) out.push_back({c.name, c.event_level, true, c.at, c.at});
  } else {
    for (const auto& r : g.responses) out.push_back({response_name(r.number), r.event_level, true, r.at, r.at});
  }
  return out;
}

std::string joined(const std::vector<std::string>& names) {
  std::string s;
  for (const std::string& n : names) s += (s.empty() ? "" : "、") + n;
  return s;
}

class LadderRule final : public Rule {
 public:
  explicit LadderRule(LadderParams p) : p_(std::move(p)) {}

  void check(const RuleContext& ctx, Reporter& out) const override {
    const facts::GradingFacts& g = ctx.facts.grading;
    const std::vector<Rung> found = rungs(g, p_.which);
    if (found.empty()) {
      out.fail("missing", {}, Place{});
      return;
    }
    check_count(ctx, g, found, out);
    std::vector<std::string> expected_seen, found_order;
    // Rungs each tied to their own event level are in order whatever order the text lists them in
    // (蓝色对应一般…；黄色对应较大…；…): the order that matters is the mapping's.
    bool all_mapped = !p_.levels.empty();
    for (const ExpectedLevel& e : p_.levels) {
      auto it = std::find_if(found.begin(), found.end(), [&](const Rung& r) { return r.name == e.name; });
      if (it == found.end()) {
        out.fail("missing-level", {{"level", e.name}}, place_at(ctx, found.front().at));
        all_mapped = false;
        continue;
      }
      expected_seen.push_back(e.name);
      all_mapped = all_mapped && !e.maps_to.empty() && it->maps_to == e.maps_to;
      check_rung(ctx, e, *it, out);
    }
    for (const Rung& r : found) {
      const bool known = std::any_of(p_.levels.begin(), p_.levels.end(), [&](const ExpectedLevel& e) { return e.name == r.name; });
      if (!known) out.fail("extra-level", {{"level", r.name}}, place_at(ctx, r.at));
      if (known) found_order.push_back(r.name);
    }
    if (found_order != expected_seen && !all_mapped) {
      out.fail("order", {{"expected", joined(expected_seen)}, {"found", joined(found_order)}}, place_at(ctx, found.front().at));
    }
    if (p_.which == Which::Response) check_highest(ctx, g, out);
    for (const Rung& r : found) out.pass(evidence_at(ctx, r.evidence));
  }

  // {count_zh} "四", {levels} "特别重大、重大、较大和一般", {mapped} the event levels they map to, {highest}
  // the first level, {definitions} one "…是指：（判定情形）。" sentence per event level.
  MessageArgs remediation_args() const override {
    std::vector<std::string> names, mapped;
    std::string definitions;
    for (const ExpectedLevel& e : p_.levels) {
      names.push_back(e.name);
      if (!e.maps_to.empty()) mapped.push_back(e.maps_to);
      definitions += e.name + "网络安全事件是指：（判定情形）。";
    }
    return {{"count", std::to_string(p_.levels.size())}, {"count_zh", chinese_number(static_cast<double>(p_.levels.size()))},
            {"levels", joined_zh(names)}, {"levels_en", joined_en(names)}, {"mapped", joined_zh(mapped)},
            {"mapped_en", joined_en(mapped)}, {"highest", names.empty() ? "" : names.front()}, {"definitions", definitions}};
  }

 private:
  void check_count(const RuleContext& ctx, const facts::GradingFacts& g, const std::vector<Rung>& found, Reporter& out) const {
    const int declared = p_.which == Which::Event ? g.event_declared_count
                         : p_.which == Which::Response ? g.response_declared_count : 0;
    const facts::TextRef at = p_.which == Which::Event ? g.event_declared_at : g.response_declared_at;
    const int expected = static_cast<int>(p_.levels.size());
    if (declared > 0 && declared != expected && static_cast<int>(found.size()) <= expected) {
      out.fail("count", {{"expected", std::to_string(expected)}, {"found", std::to_string(declared)}}, place_at(ctx, at));
    }
  }

  void check_rung(const RuleContext& ctx, const ExpectedLevel& e, const Rung& r, Reporter& out) const {
    if (!r.has_criteria) out.fail("no-criteria", {{"level", e.name}}, place_at(ctx, r.at));
    if (e.maps_to.empty()) return;
    if (r.maps_to.empty()) {
      out.fail("unmapped", {{"level", e.name}, {"expected", e.maps_to}}, place_at(ctx, r.at));
    } else if (r.maps_to != e.maps_to) {
      out.fail("mapping", {{"level", e.name}, {"found", r.maps_to}, {"expected", e.maps_to}}, place_at(ctx, r.at));
    }
  }

  // I级 is the highest: stated as 最高, or implied by mapping to the highest event level.
  void check_highest(const RuleContext& ctx, const facts::GradingFacts& g, Reporter& out) const {
    const std::string top = p_.levels.empty() ? "I级" : p_.levels.front().name;
    if (g.highest_response > 0) {
      if (response_name(g.highest_response) != top) {
        out.fail("highest", {{"level", response_name(g.highest_response)}}, place_at(ctx, g.highest_at));
      }
      return;
    }
    const facts::ResponseLevel* first = g.response(1);
    const std::string top_event = p_.levels.empty() ? "" : p_.levels.front().maps_to;
    if (!first || first->event_level.empty() || (!top_event.empty() && first->event_level != top_event)) {
      out.fail("highest", {{"level", "—"}}, first ? place_at(ctx, first->at) : Place{});
    }
  }

  LadderParams p_;
};

bool read_param(const ruleset::Param& param, LadderParams& p, std::vector<ParamError>& errors) {
  if (param.name == "ladder") {
    if (param.value == "event") p.which = Which::Event;
    else if (param.value == "colour") p.which = Which::Colour;
    else if (param.value == "response") p.which = Which::Response;
    else errors.push_back({param.line, "<ladder> must be event, colour or response"});
    return true;
  }
  if (param.name != "level") return false;
  ExpectedLevel e;
  e.name = text::normalized(param.value);
  if (auto it = param.attributes.find("maps-to"); it != param.attributes.end()) e.maps_to = text::normalized(it->second);
  if (e.name.empty()) errors.push_back({param.line, "<level> is empty"});
  p.levels.push_back(std::move(e));
  return true;
}

}  // namespace

std::unique_ptr<const Rule> make_ladder_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  LadderParams p;
  for (const ruleset::Param& param : spec.params) {
    if (!read_param(param, p, errors)) errors.push_back(unknown_param(param, "ladder", "ladder, level"));
  }
  if (spec.params_named("ladder").size() != 1) errors.push_back({spec.line, "a ladder rule needs exactly one <ladder>"});
  if (p.levels.empty()) errors.push_back({spec.line, "a ladder rule needs its <level> names"});
  if (p.which == Which::Response) {
    for (ExpectedLevel& e : p.levels) {
      if (auto n = response_number(e.name)) e.name = response_name(*n);
      else errors.push_back({spec.line, "\"" + e.name + "\" is not a response level (I级 … IV级)"});
    }
  }
  if (!errors.empty()) return nullptr;
  return std::make_unique<LadderRule>(std::move(p));
}

}  // namespace plancheck::rules
