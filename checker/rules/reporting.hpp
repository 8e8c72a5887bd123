// What the two 2025 reporting rules (report-deadline, report-recipient) share: the levels to report, the limit
// and recipients per organisation kind, the parameters both read, and what each promptness fact's sentence
// answers (is the report external, which levels does it cover).
#pragma once

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/registry.hpp"
#include "rules/rule.hpp"

namespace plancheck::rules::reporting {

// One organisation kind's limit and recipients, as the ruleset names them.
struct KindLimit {
  double minutes = 0;
  LocalizedText name;       // 关键信息基础设施运营者
  LocalizedText recipient;  // 保护工作部门和公安机关
};

// Whether promptness fact `p` (of `sentence`) speaks of `level`: it names no level, names `level`, or names one
// below it "and above" ("较大以上", or "S3及以上" where the plan maps S3 onto 较大), by the order of `ladder`
// (highest first).
bool covers_level(const facts::Promptness& p, std::string_view sentence, const std::string& level,
                  const std::vector<std::string>& ladder, const facts::OwnLevelNames& own);

// What both kinds share: the levels to report, the limits per kind and the messages' kind fields.
struct ReportingParams {
  std::vector<std::string> levels;           // highest first
  std::array<std::optional<KindLimit>, 3> limits;
  std::map<std::string, LocalizedText> fragments;  // other-kind, default-kind

  const KindLimit& limit(OrgKind k) const { return *limits[static_cast<std::size_t>(k)]; }

  // "较大以上" (or "S3及以上" where the plan maps S3 onto 较大) covers the levels above 较大; a sentence naming
  // no level covers every level.
  bool covers(const facts::Promptness& p, std::string_view sentence, const std::string& level,
              const facts::OwnLevelNames& own) const;

  // The message fields every message of both kinds has.
  MessageArgs kind_args(const Circumstances& when, Lang lang) const;

  // The fields of each kind as a plan of that declared kind gets them.
  std::vector<Rule::KindAdvice> advice_per_kind(Lang lang) const;
};

// `args` with one more field.
MessageArgs with(MessageArgs args, const std::string& name, std::string value);

// What the reporting rules ask of each promptness fact's sentence: is the report external, and which of the
// rule's levels does it cover. A sentence's facts come together and one long sentence can hold thousands
// of deadlines, so each run of facts on one sentence (with the same levels) is asked once (asking per
// fact read the whole sentence again for every deadline in it: quadratic).
struct SentenceAnswers {
  bool external = false;
  bool internal = false;     // its own clause reports only to someone inside ("立即报告指挥部办公室")
  std::vector<char> covers;  // per level of the rule, in order
};

// Whether two facts' texts are the same text.
bool same_text(const facts::TextRef& a, const facts::TextRef& b);

// The answers for each fact of `all` (the plan's promptness facts, or its unstated reports), in their order;
// `external`: the words that make a report external (report-recipient passes none: it reads only which levels
// each fact covers).
std::vector<SentenceAnswers> answers_per_fact(const RuleContext& ctx, const ReportingParams& params,
                                              const std::vector<std::string>& external,
                                              const std::vector<facts::Promptness>& all);

// Where a finding with no fact to point at goes: the plan's reporting section, else its response.
Place report_section(const RuleContext& ctx);

// Whether a report fact reports how things go on, not the incident (the first report's recipients are judged
// without it): "及时向省委网信办报告预警响应情况", "并及时续报进展". Read in the fact's clause; in the whole
// sentence for a report that says nothing of when. The facts of one clause are asked in a row: its answer is
// kept, so a clause full of reports is read once.
class ProgressReports {
 public:
  bool of(const RuleContext& ctx, const facts::Promptness& p);

 private:
  facts::ClauseFinder clauses_;
  const char* text_ = nullptr;
  facts::Span part_{1, 0};
  bool answer_ = false;
};

// Reads <level>, <limit> and the fragments; hands every other parameter to `own`, which says whether it took it
// (else it is an unknown parameter of `kind_name`, which accepts `accepted`).
ReportingParams read_reporting(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors, const char* kind_name,
                               const std::string& accepted, const std::function<bool(const ruleset::Param&)>& own);

}  // namespace plancheck::rules::reporting
