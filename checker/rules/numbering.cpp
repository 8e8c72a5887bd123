#include "rules/numbering.hpp"

#include <optional>

#include "text/utf8.hpp"

namespace plancheck::rules {
namespace {

std::string chinese_numeral(int v) {
  static const char* digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (v <= 0 || v >= 100) return std::to_string(v);
  if (v < 10) return digits[v];
  std::string out = v >= 20 ? std::string(digits[v / 10]) + "十" : "十";
  if (v % 10) out += digits[v % 10];
  return out;
}

bool is_chinese_digit(char32_t cp) {
  static const std::u32string set = U"〇零一二三四五六七八九十百两";
  return set.find(cp) != std::u32string::npos;
}

// Replaces the number run in `written`: the last ASCII digit run, or else the first Chinese numeral run.
std::string replace_number(const std::string& written, int value) {
  const std::size_t last_digit = written.find_last_of("0123456789");
  if (last_digit != std::string::npos) {
    std::size_t begin = last_digit;
    while (begin > 0 && written[begin - 1] >= '0' && written[begin - 1] <= '9') --begin;
    return written.substr(0, begin) + std::to_string(value) + written.substr(last_digit + 1);
  }
  std::size_t pos = 0;
  std::size_t begin = std::string::npos;
  std::size_t end = std::string::npos;
  while (pos < written.size()) {
    const std::size_t at = pos;
    const bool digit = is_chinese_digit(text::next_code_point(written, pos));
    if (digit && begin == std::string::npos) begin = at;
    if (!digit && begin != std::string::npos) {
      end = at;
      break;
    }
  }
  if (begin == std::string::npos) return written;
  if (end == std::string::npos) end = written.size();
  return written.substr(0, begin) + chinese_numeral(value) + written.substr(end);
}

bool same_style(const Numbering& a, const Numbering& b) { return a.style == b.style && a.suffix == b.suffix; }

std::vector<int> prefix_of(const Numbering& n) { return {n.values.begin(), n.values.end() - 1}; }

// One sibling sequence being walked: the last numbered heading seen.
struct Run {
  const Section* prev = nullptr;
};

class NumberingRule final : public Rule {
 public:
  void check(const RuleContext& ctx, Reporter& out) const override;

 private:
  void walk(const std::vector<Section>& siblings, const std::string& parent_path, Reporter& out) const;
  void step(Run& run, const Section& s, const std::string& path, Reporter& out) const;
};

void report(Reporter& out, const char* key, const std::string& expected, const Section& s, const std::string& path) {
  Place place;
  place.location = s.location;
  place.span = static_cast<int>(text::code_point_count(s.numbering.text));
  place.section = path;
  place.evidence = s.heading;
  out.fail(key, {{"expected", expected}, {"found", s.numbering.text}}, std::move(place));
}

void NumberingRule::step(Run& run, const Section& s, const std::string& path, Reporter& out) const {
  const Section* prev = run.prev;
  run.prev = &s;
  if (!prev) return;
  const Numbering& a = prev->numbering;
  const Numbering& b = s.numbering;
  const int expected = a.values.back() + 1;
  if (!same_style(a, b)) {
    // One finding for the switch; the new style then continues the sequence.
    report(out, "style-switch", renumbered(a, expected), s, path);
    return;
  }
  if (a.style == NumberingStyle::Dotted && (a.values.size() != b.values.size() || prefix_of(a) != prefix_of(b))) {
    return;  // a new parent number: the last component starts again
  }
  const int found = b.values.back();
  if (found == a.values.back()) {
    report(out, "repeat", renumbered(a, expected), s, path);
  } else if (found != expected) {
    report(out, "gap", renumbered(a, expected), s, path);
  }
}

void NumberingRule::check(const RuleContext& ctx, Reporter& out) const {
  // The evidence of a pass is where the numbered outline starts.
  std::optional<Evidence> first;
  for_each_section(ctx.doc.sections, [&](const Section& s, const std::string& path) {
    if (!first && s.numbering.style != NumberingStyle::None) first = Evidence{s.location, path, s.heading, {}};
  });
  if (!first) {
    out.not_applicable(LocalizedText{"没有带编号的标题", "no numbered headings"});
    return;
  }
  out.pass(std::move(*first));
  walk(ctx.doc.sections, "", out);
}

void NumberingRule::walk(const std::vector<Section>& siblings, const std::string& parent_path, Reporter& out) const {
  Run main_run;
  Run appendix_run;
  for (const Section& s : siblings) {
    const std::string path = parent_path.empty() ? s.heading : parent_path + " › " + s.heading;
    const Numbering& n = s.numbering;
    if (n.style != NumberingStyle::None && !n.values.empty()) {
      step(n.style == NumberingStyle::Appendix ? appendix_run : main_run, s, path, out);
    }
    walk(s.children, path, out);
  }
}

}  // namespace

std::string renumbered(const Numbering& model, int value) {
  if (model.style == NumberingStyle::Circled && value >= 1 && value <= 20) {
    std::string out;
    text::append_utf8(out, static_cast<char32_t>(U'①' + value - 1));
    return out;
  }
  return replace_number(model.text, value);
}

std::unique_ptr<const Rule> make_numbering_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  for (const ruleset::Param& p : spec.params) {
    errors.push_back({p.line, "a numbering rule takes no parameters (found <" + p.name + ">)"});
  }
  if (!errors.empty()) return nullptr;
  return std::make_unique<NumberingRule>();
}

}  // namespace plancheck::rules
