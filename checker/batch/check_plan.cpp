#include "batch/check_plan.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <exception>
#include <filesystem>
#include <functional>
#include <fmt/format.h>
#include <map>
#include <string_view>
#include <vector>

#include "batch/score.hpp"
#include "facts/org_kind.hpp"
#include "facts/own_organisation.hpp"
#include "facts/plan_facts.hpp"
#include "office/office_reader.hpp"
#include "parse/parse.hpp"
#include "text/utf8.hpp"
#include "parse/plan_signs.hpp"

namespace plancheck::batch {

namespace {

// Later rulesets override earlier ones rule by rule; the map keeps ids sorted.
std::vector<RuleResult> run_all(const Rulesets& rulesets, const Document& doc, const facts::PlanFacts& facts,
                                Lang lang, const Circumstances& when) {
  std::map<std::string, RuleResult> merged;
  for (const auto& rs : rulesets) {
    for (RuleResult& r : rules::run_rules(*rs, doc, facts, lang, when)) merged[r.rule] = std::move(r);
  }
  std::vector<RuleResult> out;
  out.reserve(merged.size());
  for (auto& [id, r] : merged) out.push_back(std::move(r));
  return out;
}

// A line longer than this (bytes) is not copied whole into each finding on it: each keeps a window of
// kLineContext code points before its column and after its span (a report shows at most kHtmlSourceWidth
// display columns of it). A plan with no line breaks made every finding hold the whole file.
constexpr std::size_t kWholeLineBytes = 8192;
constexpr int kLineContext = 1200;

// Byte offsets of every code point of a long line (and of its end), made once per line.
class LongLines {
 public:
  const std::vector<std::uint32_t>& starts(int line, std::string_view text) {
    auto [it, added] = starts_.try_emplace(line);
    if (added) {
      for (std::size_t pos = 0; pos < text.size();) {
        it->second.push_back(static_cast<std::uint32_t>(pos));
        text::next_code_point(text, pos);
      }
      it->second.push_back(static_cast<std::uint32_t>(text.size()));
    }
    return it->second;
  }

 private:
  std::map<int, std::vector<std::uint32_t>> starts_;
};

void attach_source_line(Finding& f, std::string_view line, LongLines& long_lines) {
  if (line.size() <= kWholeLineBytes) {
    f.source_line = std::string(line);
    return;
  }
  const std::vector<std::uint32_t>& starts = long_lines.starts(f.location.line, line);
  const int code_points = static_cast<int>(starts.size()) - 1;
  const int first = std::clamp(f.location.column - 1, 0, code_points);
  const int from = std::max(first - kLineContext, 0);
  const int to = std::min(first + std::clamp(f.span, 0, kLineContext) + kLineContext, code_points);
  f.source_line = std::string(line.substr(starts[from], starts[to] - starts[from]));
  f.source_line_from = from;
  f.source_line_cut = to < code_points;
}

// Findings carry their source line so a report can draw a caret without keeping the whole text, and, for
// text extracted from Word, OpenDocument or PDF, the paragraph or page and line in the original file.
void attach_source_lines(std::vector<RuleResult>& results, const Document& doc) {
  LongLines long_lines;
  for (RuleResult& r : results) {
    for (Finding& f : r.findings) {
      if (f.location.known() && f.source_line.empty()) attach_source_line(f, doc.source->line(f.location.line), long_lines);
      f.place = doc.place_of(f.location.line);
    }
    for (Evidence& e : r.evidence) e.place = doc.place_of(e.location.line);
  }
}

// A rule's report area, from the last ruleset that has the rule (the same one whose result was kept).
std::function<std::string(const std::string&)> area_lookup(const Rulesets& rulesets) {
  return [&rulesets](const std::string& rule) {
    for (auto rs = rulesets.rbegin(); rs != rulesets.rend(); ++rs) {
      for (const rules::CompiledRule& r : (*rs)->rules) {
        if (r.spec.id == rule) return r.spec.area;
      }
    }
    return std::string();
  };
}

std::vector<OutlineEntry> outline_of(const Document& doc) {
  std::vector<OutlineEntry> outline;
  for_each_section(doc.sections, [&outline](const Section& s, const std::string&) {
    outline.push_back(OutlineEntry{s.numbering.text, s.title, s.depth, s.location.line});
  });
  return outline;
}

// Everything of a result that reaches a report is valid UTF-8: a file name that is not (GBK names from
// Windows archives) is shown with its odd bytes escaped and kept exact in path_bytes.
void set_path(PlanResult& result, const std::string& exact) {
  result.path = text::to_valid_utf8(exact);
  if (result.path != exact) result.path_bytes = exact;
}

text::Shingles passage_shingles(const facts::Passages& passages) {
  text::Shingles out;
  for (const facts::Passage& p : passages.items) text::add_shingles(p.norm.text, kPlanShingleSize, out);
  text::finish_shingles(out);
  return out;
}

PlanResult check_document(const Document& doc, const Rulesets& rulesets, const CheckOptions& options) {
  PlanResult result;
  result.path = doc.path;  // exact while waivers and the baseline match it; made printable below
  result.format = std::string(to_string(doc.format));
  result.encoding = doc.encoding;
  result.title = doc.metadata.title;
  result.organisation = doc.metadata.organisation;
  for (const auto& rs : rulesets) result.rulesets.push_back(rs->id);
  const facts::PlanFacts facts = facts::extract_facts(doc);
  // Without metadata naming it, the organisation the plan's text names as its own (title, notice, 落款).
  if (result.organisation.empty()) result.organisation = facts::read_own_organisation(doc, facts.passages).written;
  Circumstances when;
  when.as_of = options.as_of;
  when.org = org_kind_for(doc.path, options, facts::read_org_kind(doc, facts.passages));
  result.as_of = when.as_of;
  result.org = when.org;
  result.results = run_all(rulesets, doc, facts, options.lang, when);
  for (const RuleResult& r : result.results) {
    for (const auto& [name, value] : r.metrics) {
      if (name == "copied_share") result.copied_share = value;
    }
  }
  result.extraction = doc.extraction;
  waivers::apply_waivers(result, doc, options.waivers, options.lang);
  // After the waivers, so the findings on suppression comments get their line too.
  if (doc.source) attach_source_lines(result.results, doc);
  if (options.baseline) options.baseline->mark(result);
  set_path(result, doc.path);
  result.score = score(result.results);
  result.area_scores = area_scores(result.results, area_lookup(rulesets));
  result.outline = outline_of(doc);
  result.org_bodies = facts::describe_organisation(doc, facts.passages, facts.organisation);
  if (options.sketch_text) result.minhash = text::minhash(passage_shingles(facts.passages));
  return result;
}

// FNV-1a over 64-bit words with a final mix: cheap next to parsing, and enough for the results store to
// recognise the same plan under a new path.
std::string content_hash(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  std::size_t i = 0;
  for (std::uint64_t word = 0; i + 8 <= text.size(); i += 8) {
    std::memcpy(&word, text.data() + i, 8);
    h = (h ^ word) * 0x100000001b3ULL;
  }
  for (; i < text.size(); ++i) h = (h ^ static_cast<unsigned char>(text[i])) * 0x100000001b3ULL;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return fmt::format("{:016x}", h);
}

// --max-line-length, in characters, over the decoded text (before any reader splits it).
void check_line_lengths(std::string_view text, std::size_t limit) {
  // Lines end at \n, \r\n or a lone \r. A line of at most `limit` bytes has at most `limit` characters; only
  // longer ones are counted. The next \n and the next \r are each found by memchr and kept until passed, so
  // the text is read twice at memchr's speed whatever its line ends are.
  const auto next = [text](char c, std::size_t from) {
    if (from >= text.size()) return text.size();
    const void* at = std::memchr(text.data() + from, c, text.size() - from);
    return at == nullptr ? text.size() : static_cast<std::size_t>(static_cast<const char*>(at) - text.data());
  };
  std::size_t next_lf = next('\n', 0);
  std::size_t next_cr = next('\r', 0);
  std::size_t line_start = 0;
  int line = 1;
  for (std::size_t begin = 0; begin < text.size();) {
    if (next_lf < begin) next_lf = next('\n', begin);
    if (next_cr < begin) next_cr = next('\r', begin);
    const std::size_t end = std::min(next_lf, next_cr);
    if (end - begin > limit && text::code_point_count(text.substr(begin, end - begin)) > limit) {
      exceed_limit(MsgId::LimitLineLength, limit + 1, limit, Location{line_start, line, 1});
    }
    if (end == text.size()) break;
    if (text[end] == '\n' || end + 1 >= text.size() || text[end + 1] != '\n') {
      ++line;
      line_start = end + 1;
    }
    begin = end + 1;
  }
}

// --max-sections and --max-section-depth, walked without recursion.
void check_sections(const Document& doc, const Limits& limits) {
  std::vector<std::pair<const Section*, std::size_t>> stack;
  for (auto it = doc.sections.rbegin(); it != doc.sections.rend(); ++it) stack.emplace_back(&*it, 1);
  std::size_t count = 0;
  while (!stack.empty()) {
    const auto [s, depth] = stack.back();
    stack.pop_back();
    if (++count > limits.max_sections) {
      exceed_limit(MsgId::LimitSections, count, limits.max_sections, s->location);
    }
    if (depth > limits.max_section_depth) {
      exceed_limit(MsgId::LimitSectionDepth, depth, limits.max_section_depth, s->location);
    }
    for (auto it = s->children.rbegin(); it != s->children.rend(); ++it) stack.emplace_back(&*it, depth + 1);
  }
}

}  // namespace

OrgKindInfo org_kind_for(const std::string& path, const CheckOptions& options, const OrgKindInfo& read_from_plan) {
  if (options.org_kind) return OrgKindInfo{*options.org_kind, OrgKindSource::Declared, {}, {}, {}};
  if (options.org_profile) {
    if (const OrgProfileRow* row = options.org_profile->match(path)) {
      return OrgKindInfo{row->kind, OrgKindSource::Profile,
                         options.org_profile->file + ":" + std::to_string(row->line) + ": " + row->glob, {}, row->name};
    }
  }
  return read_from_plan;
}

PlanResult error_result(const std::string& path, const Rulesets& rulesets, ToolError error) {
  PlanResult result;
  set_path(result, path);
  for (const auto& rs : rulesets) result.rulesets.push_back(rs->id);
  // A libxml2 message may be cut in the middle of a character; the file may have a name that is not UTF-8.
  error.file = text::to_valid_utf8(error.file.empty() ? path : error.file);
  for (auto& [name, value] : error.message.fields) value = text::to_valid_utf8(value);
  result.error = std::move(error);
  return result;
}

namespace {

// The not-a-plan entry for a text with no sign of being an emergency plan (unless --force); nullopt for a
// text that may be one.
std::optional<PlanResult> set_apart(const std::string& path, std::string_view text, const Rulesets& rulesets,
                                    const CheckOptions& options) {
  if (options.force) return std::nullopt;
  std::optional<Message> why = parse::not_a_plan_reason(text);
  if (!why) return std::nullopt;
  PlanResult result = error_result(path, rulesets, ToolError{ErrorKind::NotAPlan, path, {}, std::move(*why)});
  result.content_hash = content_hash(text);
  return result;
}

// Runs `check` under the plan's budget (its limits, its time, the run's stop flag): a limit exceeded or an
// interruption becomes the plan's error entry, as does any exception a stage let through.
template <typename Check>
PlanResult within_budget(const std::string& path, const Rulesets& rulesets, const CheckOptions& options,
                         Check&& check) {
  const PlanBudget budget(options.limits, options.stop);
  const PlanBudget::Scope scope(budget);
  try {
    return check();
  } catch (const PlanStopped& e) {
    const ErrorKind kind = e.why() == PlanStopped::Why::Limit ? ErrorKind::Limit : ErrorKind::Unreadable;
    return error_result(path, rulesets, ToolError{kind, path, e.where(), e.message()});
  } catch (const std::exception& e) {
    // A stage broke its no-throw promise: report it against this plan and keep the batch going.
    return error_result(path, rulesets, ToolError{ErrorKind::Unreadable, path, {}, Message{MsgId::InternalError, {{"detail", e.what()}}}});
  }
}

}  // namespace

PlanResult check_decoded(const std::string& path, text::DecodedText decoded, const Rulesets& rulesets,
                         const CheckOptions& options) {
  return within_budget(path, rulesets, options, [&] {
    parse::ParseOptions parse_options;
    parse_options.plan_schema = options.plan_schema;
    const std::string hash = content_hash(decoded.utf8);
    const std::string encoding = decoded.encoding;
    check_line_lengths(decoded.utf8, options.limits.max_line_length);  // a limit before any other judgement
    Result<Document> doc = parse::parse_document(path, std::move(decoded), parse_options);
    // A file that cannot be parsed is in error whatever it is; one that parses may still not be a plan.
    if (!doc) {
      PlanResult result = error_result(path, rulesets, doc.error());
      result.content_hash = hash;
      return result;
    }
    if (std::optional<PlanResult> apart = set_apart(path, doc.value().source->text(), rulesets, options)) {
      apart->encoding = encoding;
      return std::move(*apart);
    }
    check_sections(doc.value(), options.limits);
    PlanResult result = check_document(doc.value(), rulesets, options);
    result.content_hash = hash;
    return result;
  });
}

namespace {

// --max-file-size: the plan's error entry when `size` bytes are over the limit.
std::optional<PlanResult> over_file_size(const std::string& path, std::uintmax_t size, const Rulesets& rulesets,
                                         const CheckOptions& options) {
  if (size <= options.limits.max_file_size) return std::nullopt;
  return within_budget(path, rulesets, options, [&]() -> PlanResult {
    exceed_limit(MsgId::LimitFileSize, size, options.limits.max_file_size);
  });
}

}  // namespace

PlanResult check_bytes(const std::string& path, std::string_view bytes, const Rulesets& rulesets,
                       const CheckOptions& options) {
  try {
    if (auto refused = over_file_size(path, bytes.size(), rulesets, options)) return std::move(*refused);
    // Word, OpenDocument and PDF files are recognised by their bytes before any text decoding.
    if (std::optional<Result<Document>> doc = office::read_office(bytes, path)) {
      if (!*doc) return error_result(path, rulesets, doc->error());
      const Document& plan = doc->value();
      return within_budget(path, rulesets, options, [&] {
        check_line_lengths(plan.source->text(), options.limits.max_line_length);
        check_sections(plan, options.limits);
        // A Word or PDF file that is not a plan (a memo, an English document) is set apart like a text one.
        if (std::optional<PlanResult> apart = set_apart(path, plan.source->text(), rulesets, options)) {
          return std::move(*apart);
        }
        PlanResult result = check_document(plan, rulesets, options);
        result.content_hash = content_hash(plan.source->text());
        return result;
      });
    }
    Result<text::DecodedText> decoded = text::decode_bytes(bytes, path);
    if (!decoded) return error_result(path, rulesets, decoded.error());
    return check_decoded(path, decoded.take(), rulesets, options);
  } catch (const std::exception& e) {
    return error_result(path, rulesets, ToolError{ErrorKind::Unreadable, path, {}, Message{MsgId::InternalError, {{"detail", e.what()}}}});
  }
}

PlanResult check_file(const std::string& path, const Rulesets& rulesets, const CheckOptions& options) {
  // A file over --max-file-size is refused before it is read (read_file_bytes reads regular files only).
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::is_regular_file(path, ec) ? std::filesystem::file_size(path, ec) : 0;
  if (!ec) {
    if (auto refused = over_file_size(path, size, rulesets, options)) return std::move(*refused);
  }
  Result<std::string> bytes = text::read_file_bytes(path);
  if (!bytes) return error_result(path, rulesets, bytes.error());
  return check_bytes(path, bytes.value(), rulesets, options);
}

PlanResult check_stdin(const std::string& name, const Rulesets& rulesets, const CheckOptions& options) {
  // Standard input has no size to look at before it is read: past --max-file-size it is counted, not kept,
  // and then refused with its size like a file.
  Result<text::StreamBytes> in = text::read_standard_input_bytes(name, options.limits.max_file_size);
  if (!in) return error_result(name, rulesets, in.error());
  if (auto refused = over_file_size(name, in.value().total, rulesets, options)) return std::move(*refused);
  return check_bytes(name, in.value().bytes, rulesets, options);
}

text::Shingles plan_shingles(const Document& doc) { return passage_shingles(facts::Passages::from(doc)); }

std::optional<text::Shingles> reread_plan_shingles(const std::string& path, const std::string& expected_hash,
                                                   const CheckOptions& options) {
  try {
    const PlanBudget budget(options.limits, options.stop);
    const PlanBudget::Scope scope(budget);
    Result<std::string> bytes = text::read_file_bytes(path);
    if (!bytes || bytes.value().size() > options.limits.max_file_size) return std::nullopt;
    std::optional<Result<Document>> doc = office::read_office(bytes.value(), path);
    if (!doc) {
      Result<text::DecodedText> decoded = text::decode_bytes(bytes.value(), path);
      if (!decoded) return std::nullopt;
      parse::ParseOptions parse_options;
      parse_options.plan_schema = options.plan_schema;
      doc = parse::parse_document(path, decoded.take(), parse_options);
    }
    if (!*doc || !doc->value().source || content_hash(doc->value().source->text()) != expected_hash) return std::nullopt;
    return plan_shingles(doc->value());
  } catch (const std::exception&) {
    return std::nullopt;  // a limit, an interruption, or a stage that threw: the pair keeps its estimate
  }
}

}  // namespace plancheck::batch
