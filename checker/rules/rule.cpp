#include "rules/rule.hpp"

#include <algorithm>

#include <fmt/args.h>
#include <fmt/format.h>

namespace plancheck::rules {

Reporter::Reporter(const ruleset::RuleSpec& spec, Lang lang) : spec_(spec), lang_(lang) {
  result_.rule = spec.id;
  result_.severity = spec.severity;
  result_.basis = spec.basis;
  result_.status = Status::Pass;
}

void Reporter::pass(Evidence evidence) {
  std::string key = std::to_string(evidence.location.offset) + ':' + evidence.section + ':' + evidence.text;
  if (!evidence_at_.insert(std::move(key)).second) return;
  result_.evidence.push_back(std::move(evidence));
}

void Reporter::fail(const std::string& key, const MessageArgs& args, Place place) {
  Finding f;
  auto it = spec_.messages.find(key);
  if (it == spec_.messages.end()) it = spec_.messages.find("default");
  f.message = it == spec_.messages.end() ? spec_.title.in(lang_) : format_message(it->second.in(lang_), args);
  f.location = place.location;
  f.span = place.span;
  f.section = std::move(place.section);
  f.evidence = std::move(place.evidence);
  // The remediation was filled with the rule's parameters at compile; what is left in it are fields every
  // message of the kind has (the limit for the organisation's kind), filled from this finding's `args`.
  f.remediation = format_message(spec_.remediation.in(lang_), args);
  if (f.location.known()) {
    std::string sentence = key;
    for (const std::string* part : {&f.section, &f.evidence}) (sentence += '\x1f') += *part;
    (sentence += '\x1f') += std::to_string(f.location.line);
    const auto [at, added] = finding_of_.try_emplace(std::move(sentence), result_.findings.size());
    if (!added) {
      Finding& same = result_.findings[at->second];
      if (parts_[at->second].insert(f.message).second) same.message += (lang_ == Lang::En ? "; " : "；") + f.message;
      if (f.location.offset < same.location.offset) {
        same.location = f.location;
        same.span = f.span;
      }
      return;
    }
  }
  parts_.push_back({f.message});
  result_.findings.push_back(std::move(f));
}

void Reporter::not_applicable(std::string note) {
  not_applicable_ = true;
  this->note(std::move(note));
}

void Reporter::note(std::string text) {
  if (text.empty()) return;
  if (!result_.note.empty()) result_.note += "; ";
  result_.note += text;
}

void Reporter::note_message(const std::string& key, const MessageArgs& args) {
  auto it = spec_.messages.find(key);
  if (it != spec_.messages.end()) note(format_message(it->second.in(lang_), args));
}

RuleResult Reporter::take() {
  if (!result_.findings.empty()) {
    result_.status = Status::Fail;
  } else if (not_applicable_) {
    result_.status = Status::NotApplicable;
  } else {
    result_.status = Status::Pass;
  }
  return std::move(result_);
}

std::string format_message(const std::string& templ, const MessageArgs& args) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& [name, value] : args) store.push_back(fmt::arg(name.c_str(), value));
  try {
    return fmt::vformat(templ, store);
  } catch (const fmt::format_error&) {
    return templ;  // unreachable for validated templates; never lose the message
  }
}

std::string validate_template(const std::string& templ, const std::vector<std::string>& fields) {
  // Checked by reading, not by formatting: a width such as {found:>2147483647} would format (and allocate
  // 2 GiB per finding) without any error. Only "{name}" of a known field and the escapes "{{" "}}" pass.
  const auto at = [](std::size_t i) { return " at character " + std::to_string(i + 1); };
  for (std::size_t i = 0; i < templ.size(); ++i) {
    const char c = templ[i];
    if (c != '{' && c != '}') continue;
    if (i + 1 < templ.size() && templ[i + 1] == c) {
      ++i;  // "{{" or "}}": a literal brace
      continue;
    }
    if (c == '}') return "a lone '}'" + at(i) + " (write '}}' for a brace)";
    const std::size_t close = templ.find('}', i + 1);
    if (close == std::string::npos) return "'{'" + at(i) + " is never closed (write '{{' for a brace)";
    const std::string name = templ.substr(i + 1, close - i - 1);
    if (name.empty()) return "an unnamed field {}" + at(i) + ": fields are named";
    const std::size_t spec = name.find_first_of(":!");
    if (spec != std::string::npos) {
      return "field {" + name + "}" + at(i) +
             " has a format specification: a field is only {name}, with no width, precision or conversion";
    }
    if (std::find(fields.begin(), fields.end(), name) == fields.end()) return "unknown field {" + name + "}" + at(i);
    i = close;
  }
  return {};
}

}  // namespace plancheck::rules
