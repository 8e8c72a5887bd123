#include "rules/alignment.hpp"

#include "rules/fact_places.hpp"

namespace plancheck::rules {
namespace {

class AlignmentRule final : public Rule {
 public:
  void check(const RuleContext& ctx, Reporter& out) const override {
    const facts::GradingFacts& g = ctx.facts.grading;
    if (g.event_levels.empty()) out.fail("missing-event", {}, Place{});
    if (g.colours.empty()) out.fail("missing-colour", {}, Place{});
    if (g.responses.empty()) out.fail("missing-response", {}, Place{});
    if (g.event_levels.empty()) return;
    const std::size_t n = g.event_levels.size();
    if ((!g.colours.empty() && g.colours.size() != n) || (!g.responses.empty() && g.responses.size() != n)) {
      out.fail("count", {{"event", std::to_string(n)}, {"colour", std::to_string(g.colours.size())},
                         {"response", std::to_string(g.responses.size())}},
               place_at(ctx, g.colours.empty() ? g.event_levels.front().at : g.colours.front().at));
    }
    for (std::size_t i = 0; i < g.colours.size(); ++i) {
      const auto& c = g.colours[i];
      check_tie(ctx, c.name, rank_of_colour(c.name), c.event_level, c.at, out);
    }
    for (const auto& r : g.responses) check_tie(ctx, response_name(r.number), r.number, r.event_level, r.at, out);
    for (const auto& t : g.ties) {
      if (ladder_source(g, t.at)) continue;  // already judged as part of its ladder
      const std::string from = t.kind == facts::LevelTie::Kind::Colour ? t.from : response_name(t.rank);
      check_tie(ctx, from, t.rank, t.event_level, t.at, out);
    }
    if (g.colours_at.known) out.pass(evidence_at(ctx, g.colours_at));
    if (g.response_declared_at.known) out.pass(evidence_at(ctx, g.response_declared_at));
  }

 private:
  // A per-colour sentence can be both a tie and the place a ladder rung was read from.
  static bool ladder_source(const facts::GradingFacts& g, const facts::TextRef& at) {
    const auto same = [&](const facts::TextRef& r) {
      return r.known && r.passage == at.passage && r.span.begin == at.span.begin;
    };
    for (const auto& c : g.colours) {
      if (same(c.at)) return true;
    }
    for (const auto& r : g.responses) {
      if (same(r.at)) return true;
    }
    return false;
  }

  static int rank_of_colour(const std::string& name) {
    static const char* const kOrder[] = {"红色", "橙色", "黄色", "蓝色"};
    for (int i = 0; i < 4; ++i) {
      if (name == kOrder[i]) return i + 1;
    }
    return 0;
  }

  // The rank-th colour or response level belongs with the rank-th event level of the plan's own ladder.
  static void check_tie(const RuleContext& ctx, const std::string& from, int rank, const std::string& level,
                        const facts::TextRef& at, Reporter& out) {
    const auto& events = ctx.facts.grading.event_levels;
    if (level.empty() || rank < 1 || static_cast<std::size_t>(rank) > events.size()) return;
    const std::string& expected = events[static_cast<std::size_t>(rank - 1)].name;
    if (level != expected) out.fail("tie", {{"from", from}, {"found", level}, {"expected", expected}}, place_at(ctx, at));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_alignment_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  for (const ruleset::Param& param : spec.params) errors.push_back(unknown_param(param, "alignment", "no parameters"));
  (void)spec;
  if (!errors.empty()) return nullptr;
  return std::make_unique<AlignmentRule>();
}

}  // namespace plancheck::rules
