#include "rules/fact_places.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "facts/timing.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace plancheck::rules {

Evidence evidence_at(const RuleContext& ctx, const facts::TextRef& ref) {
  if (!ref.known || ref.passage >= ctx.facts.passages.items.size()) return {};
  return facts::evidence_for(ctx.doc, ctx.facts.passages.items[ref.passage], ref.span);
}

Place place_at(const RuleContext& ctx, const facts::TextRef& ref) {
  Evidence ev = evidence_at(ctx, ref);
  Place p;
  p.location = ev.location;
  p.span = static_cast<int>(text::code_point_count(fact_text(ctx, ref)));
  p.section = std::move(ev.section);
  p.evidence = std::move(ev.text);
  return p;
}

Place place_in_section(const RuleContext& ctx, const std::vector<std::string>& names) {
  for (const facts::Passage& p : ctx.facts.passages.items) {
    if (p.where != facts::Where::Heading) continue;
    for (const std::string& n : names) {
      if (!text::contains_text(p.norm.text, n)) continue;
      Place place;
      place.location = p.section ? p.section->location : Location{};
      place.section = p.section_path;
      return place;
    }
  }
  return {};
}

std::string fact_text(const RuleContext& ctx, const facts::TextRef& ref) {
  if (!ref.known || ref.passage >= ctx.facts.passages.items.size()) return {};
  return facts::original_text(ctx.facts.passages.items[ref.passage], ref.span);
}

bool has_any_word(std::string_view s, const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (text::contains_text(s, w)) return true;
  }
  return false;
}

WordSearch::WordSearch(const std::vector<std::string>& words) : words_(words) {
  for (const std::string& w : words) longest_ = std::max(longest_, w.size());
}

bool WordSearch::in(std::string_view s) {
  const bool grows = searched_ && s.data() == last_.data() && s.size() >= last_.size();
  if (grows && (found_ || s.size() == last_.size())) {
    last_ = s;
    return found_;
  }
  // A word not in the old text must end in the new part, so it starts at most longest_ - 1 bytes before.
  const std::size_t from = grows && last_.size() >= longest_ ? last_.size() - longest_ + 1 : 0;
  found_ = has_any_word(s.substr(from), words_);
  last_ = s;
  searched_ = true;
  return found_;
}

std::string response_name(int number) {
  static const char* const kRoman[] = {"", "I", "II", "III", "IV", "V"};
  return (number >= 1 && number <= 5 ? std::string(kRoman[number]) : std::to_string(number)) + "级";
}

std::optional<int> response_number(const std::string& value) {
  std::string s = text::normalized(value);
  if (s.find("响应") == std::string::npos) s += "响应";
  const auto ms = facts::response_level_mentions(s);
  if (ms.size() != 1) return std::nullopt;
  return ms.front().number;
}

std::string format_number(double value) {
  if (std::fabs(value - std::round(value)) < 1e-9) return std::to_string(static_cast<long long>(std::llround(value)));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2g", value);
  return buf;
}

std::optional<double> positive_param(const ruleset::Param& p, std::vector<ParamError>& errors) {
  char* end = nullptr;
  const double v = std::strtod(p.value.c_str(), &end);
  if (p.value.empty() || end != p.value.c_str() + p.value.size() || !(v > 0)) {
    errors.push_back({p.line, "<" + p.name + "> must be a positive number, not \"" + p.value + "\""});
    return std::nullopt;
  }
  return v;
}

std::optional<double> duration_minutes_param(const ruleset::Param& p, std::vector<ParamError>& errors) {
  const std::string v = text::normalized(p.value);
  std::size_t end = 0;
  const facts::Duration d = facts::read_duration(v, 0, &end);
  const bool short_unit = d.unit == facts::TimeUnit::Minute || d.unit == facts::TimeUnit::Hour || d.unit == facts::TimeUnit::Day;
  if (d.amount <= 0 || !short_unit || v.find_first_not_of(' ', end) != std::string::npos) {
    errors.push_back({p.line, "<" + p.name + "> must be a duration such as 1小时 or 30分钟, not \"" + p.value + "\""});
    return std::nullopt;
  }
  return d.calendar_days() * 1440.0;
}

std::string param_attribute(const ruleset::Param& p, const std::string& name) {
  auto it = p.attributes.find(name);
  return it == p.attributes.end() ? std::string() : it->second;
}

std::string format_minutes(double minutes, Lang lang) {
  const bool en = lang == Lang::En;
  if (minutes >= 1440 && std::fmod(minutes, 1440) == 0) {
    const double days = minutes / 1440;
    return format_number(days) + (en ? (days == 1 ? " day" : " days") : "天");
  }
  if (minutes >= 60 && std::fmod(minutes, 30) == 0) {
    const double hours = minutes / 60;
    return format_number(hours) + (en ? (hours == 1 ? " hour" : " hours") : "小时");
  }
  return format_number(minutes) + (en ? (minutes == 1 ? " minute" : " minutes") : "分钟");
}

bool empty_text_param(const ruleset::Param& p, const std::string& normalized_value, std::vector<ParamError>& errors) {
  const bool number = p.name.find("max") == 0 || p.name == "min-per-year";
  if (!normalized_value.empty() || number) return false;
  errors.push_back({p.line, "<" + p.name + "> is empty"});
  return true;
}

ParamError unknown_param(const ruleset::Param& p, const std::string& kind, const std::string& accepted) {
  return {p.line, "a " + kind + " rule has no parameter <" + p.name + "> (it takes " + accepted + ")"};
}

}  // namespace plancheck::rules
