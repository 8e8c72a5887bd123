#include "rules/copied_parent.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <fmt/format.h>

#include "rules/phrase_scope.hpp"
#include "text/ingest.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace plancheck::rules {
namespace {

// The rule compares sets of shingles, exactly, and reports only shares and matched sentences: no figure
// depends on the hash values, so it takes the cheaper hash (the plan's and the reference texts' alike).
constexpr text::ShingleHash kSentenceHash = text::ShingleHash::Rolling;

// Splits a normalised line into sentences at 。！？； (full-width or folded to ASCII by NFKC).
std::vector<facts::Span> split_sentences(std::string_view norm) {
  std::vector<facts::Span> out;
  std::size_t begin = 0;
  for (std::size_t pos = 0; pos < norm.size();) {
    const char32_t cp = text::next_code_point(norm, pos);
    if (cp == U'。' || cp == U'！' || cp == U'？' || cp == U'；' || cp == '!' || cp == '?' || cp == ';') {
      out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(pos)});
      begin = pos;
    }
  }
  if (begin < norm.size()) out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(norm.size())});
  return out;
}

std::string trimmed(std::string s) {
  const std::size_t b = s.find_first_not_of(" \t*#>-");
  if (b == std::string::npos) return {};
  const std::size_t e = s.find_last_not_of(" \t*");
  return s.substr(b, e - b + 1);
}

// A heading of a reference text: a short line without sentence punctuation that is marked as one (Markdown's
// ** or #) or numbered (1.4, 第一章, 一、).
bool is_heading(std::string_view norm) {
  if (norm.empty() || text::code_point_count(norm) > 40) return false;
  const char first = norm.front();
  const bool marked = first == '*' || first == '#' || (first >= '0' && first <= '9') || norm.rfind("第", 0) == 0 ||
                      norm.find("、") != std::string_view::npos;
  if (!marked) return false;
  for (const char* mark : {"。", "；", ";", "：", ":", "，", ","}) {
    if (norm.find(mark) != std::string_view::npos) return false;
  }
  return true;
}

// Reads one reference text: every line normalised and split into sentences, each marked with what its
// words say and what its heading says.
bool read_reference(const std::string& path, std::size_t document, CopiedParentParams& params) {
  Result<std::string> bytes = text::read_file_bytes(path);
  if (!bytes) return false;
  Result<text::DecodedText> decoded = text::decode_bytes(bytes.value(), path);
  if (!decoded) return false;
  const std::string& all = decoded.value().utf8;
  bool shared = false;  // the current heading matches <shared-section>
  for (std::size_t start = 0; start < all.size();) {
    std::size_t end = all.find('\n', start);
    if (end == std::string::npos) end = all.size();
    const std::string_view line(all.data() + start, end - start);
    const text::NormalizedText norm = text::normalize_for_matching(line);
    if (is_heading(norm.text)) {
      shared = params.shared_sections.find(norm.text, {0, static_cast<std::uint32_t>(norm.text.size())}).has_value();
      start = end + 1;
      continue;
    }
    for (const facts::Span s : split_sentences(norm.text)) {
      ReferenceSentence sentence;
      const std::string_view piece(norm.text.data() + s.begin, s.end - s.begin);
      sentence.shingles = text::shingles(piece, params.shingle_size, kSentenceHash);
      if (static_cast<int>(sentence.shingles.size()) < params.min_shingles) continue;
      const std::size_t from = norm.origin_of(s.begin);
      const std::size_t to = norm.origin_of(s.end);
      sentence.original = trimmed(std::string(line.substr(from, to - from)));
      sentence.other_level = params.other_level.find(piece, {0, static_cast<std::uint32_t>(piece.size())}).has_value();
      sentence.document = document;
      sentence.shared = shared;
      const auto id = static_cast<std::uint32_t>(params.sentences.size());
      for (const std::uint64_t h : sentence.shingles) params.index.add(h, id);
      params.sentences.push_back(std::move(sentence));
    }
    start = end + 1;
  }
  return true;
}

double double_param(const ruleset::RuleSpec& spec, const std::string& name, double fallback, std::vector<ParamError>& errors) {
  const auto ps = spec.params_named(name);
  if (ps.empty()) return fallback;
  try {
    std::size_t used = 0;
    const double v = std::stod(ps.back()->value, &used);
    if (used == ps.back()->value.size() && v > 0 && v <= 1) return v;
  } catch (const std::exception&) {
  }
  errors.push_back({ps.back()->line, "<" + name + "> must be a number above 0 and at most 1"});
  return fallback;
}

struct Match {
  std::uint32_t sentence = 0;
  double containment = 0;
};

}  // namespace

void ShingleIndex::build() {
  // Sorted by shingle, then sentence: each shingle's sentences ascend, as they were added.
  std::sort(pending_.begin(), pending_.end());
  std::size_t distinct = 0;
  for (std::size_t i = 0; i < pending_.size(); ++i) distinct += i == 0 || pending_[i].first != pending_[i - 1].first;
  std::size_t capacity = 16;
  while (capacity < 2 * distinct) capacity *= 2;
  slots_.assign(capacity, Slot{});
  ids_.clear();
  ids_.reserve(pending_.size());
  for (std::size_t i = 0; i < pending_.size();) {
    const std::uint64_t shingle = pending_[i].first;
    Slot slot{shingle, static_cast<std::uint32_t>(ids_.size()), 0};
    for (; i < pending_.size() && pending_[i].first == shingle; ++i) {
      ids_.push_back(pending_[i].second);
      ++slot.count;
    }
    // Shingles are already well-mixed hashes: their low bits pick the slot.
    std::size_t at = static_cast<std::size_t>(shingle) & (capacity - 1);
    while (slots_[at].count != 0) at = (at + 1) & (capacity - 1);
    slots_[at] = slot;
  }
  pending_.clear();
  pending_.shrink_to_fit();
}

ShingleIndex::Sentences ShingleIndex::find(std::uint64_t shingle) const {
  if (slots_.empty()) return {};
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = static_cast<std::size_t>(shingle) & mask; slots_[at].count != 0; at = (at + 1) & mask) {
    if (slots_[at].shingle == shingle) return {ids_.data() + slots_[at].first, slots_[at].count};
  }
  return {};
}

void CopiedParentRule::check(const RuleContext& ctx, Reporter& out) const {
  const std::string title = text::normalized(ctx.doc.metadata.title);
  for (const ReferenceText& r : params_.references) {
    if (!title.empty() && title == r.title) {
      out.not_applicable(LocalizedText{"预案即参照文本本身（" + r.name.zh + "）", "the plan is the reference text itself (" + r.name.en + ")"});
      return;
    }
  }
  std::size_t total = 0;
  std::size_t copied = 0;
  bool failed = false;
  // Where a passing plan shows it: the first sentence naming another level in its own words, else the
  // first sentence compared.
  std::optional<Evidence> first_compared;
  std::optional<Evidence> own_words;
  std::vector<std::pair<std::size_t, std::uint64_t>> rarest;  // (list length in the index, shingle)
  std::vector<std::uint32_t> candidates;
  text::Shingles mine;
  for (const facts::Passage& p : ctx.facts.passages.items) {
    if (p.where != facts::Where::Body && p.where != facts::Where::Preamble) continue;
    if (!p.block) continue;  // headings are titles, not text that could be copied
    for (const facts::Span span : p.sentences) {
      const std::string_view piece(p.norm.text.data() + span.begin, span.end - span.begin);
      text::shingles_into(piece, params_.shingle_size, mine, kSentenceHash);
      total += mine.size();
      if (static_cast<int>(mine.size()) < params_.min_shingles) continue;
      // Whether the sentence names another level: searched only where the answer is used.
      // "县直各部门、各乡镇按职责做好…": the plan's own units (<own-level>) in the other level's words are its own.
      // The own units are looked for only in a sentence that names another level at all.
      const auto names_other_level = [&] {
        const facts::Span whole{0, static_cast<std::uint32_t>(piece.size())};
        if (!params_.other_level.find(piece, whole)) return false;
        if (params_.own_level.empty()) return true;
        const facts::SpanSet own(params_.own_level.find_all(piece, whole));
        return own.empty() || params_.other_level.find(piece, whole, own).has_value();
      };
      if (!first_compared) first_compared = facts::evidence_for(ctx.doc, p, span);
      // A reference sentence holding at least `containment` of the sentence's n shingles misses at most
      // n − ⌈containment·n⌉ of them, so it holds one of any n − ⌈containment·n⌉ + 1: the rarest ones
      // (shortest lists in the index) name every candidate, which is then measured exactly.
      const std::size_t n = mine.size();
      const std::size_t need = n - static_cast<std::size_t>(std::ceil(params_.containment * static_cast<double>(n) - 1e-9)) + 1;
      rarest.clear();
      for (const std::uint64_t h : mine) rarest.emplace_back(params_.index.find(h).size, h);
      if (need < rarest.size()) std::nth_element(rarest.begin(), rarest.begin() + static_cast<std::ptrdiff_t>(need), rarest.end());
      candidates.clear();
      for (std::size_t i = 0; i < need && i < rarest.size(); ++i) {
        if (rarest[i].first == 0) continue;
        const ShingleIndex::Sentences list = params_.index.find(rarest[i].second);
        candidates.insert(candidates.end(), list.begin, list.begin + list.size);
      }
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
      Match best;
      Match best_shared;
      for (const std::uint32_t s : candidates) {
        const double c = text::containment(mine, params_.sentences[s].shingles);
        Match& m = params_.sentences[s].shared ? best_shared : best;
        if (c > m.containment) m = {s, c};  // candidates ascend: the first of equals is kept
      }
      if (best_shared.containment >= params_.containment) continue;
      if (best.containment < params_.containment) {
        if (!own_words && names_other_level()) own_words = facts::evidence_for(ctx.doc, p, span);
        continue;
      }
      copied += mine.size();
      const ReferenceSentence& parent = params_.sentences[best.sentence];
      if (parent.other_level && names_other_level()) {
        failed = true;
        const Evidence ev = facts::evidence_for(ctx.doc, p, span);
        const LocalizedText& doc_name = params_.references[parent.document].name;
        out.fail("copied", {{"parent", parent.original}, {"document", out.lang() == Lang::En ? doc_name.en : doc_name.zh},
                            {"containment", fmt::format("{:.0f}%", std::floor(best.containment * 100))}},
                 Place{ev.location, static_cast<int>(text::code_point_count(ev.text)), ev.section, ev.text});
      }
    }
  }
  const double share = total == 0 ? 0.0 : static_cast<double>(copied) / static_cast<double>(total);
  out.metric("copied_share", share);
  out.note_message("share", {{"share", fmt::format("{:.0f}%", std::floor(share * 100))}});
  if (!first_compared) {
    out.not_applicable(LocalizedText{"预案没有可比对的正文", "the plan has no body text to compare"});
  } else if (!failed) {
    out.pass(own_words ? *own_words : *first_compared);
  }
}

std::unique_ptr<const Rule> make_copied_parent_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  CopiedParentParams params;
  params.other_level = compile_patterns(spec, "other-level", errors);
  params.own_level = compile_patterns(spec, "own-level", errors);
  params.shared_sections = compile_patterns(spec, "shared-section", errors);
  params.shingle_size = int_param(spec, "shingle-size", params.shingle_size, errors);
  params.min_shingles = int_param(spec, "min-shingles", params.min_shingles, errors);
  params.containment = double_param(spec, "containment", params.containment, errors);
  for (const ruleset::Param* p : spec.params_named("reference")) {
    const auto attr = [p](const char* name) {
      auto it = p->attributes.find(name);
      return it == p->attributes.end() ? std::string() : it->second;
    };
    const std::filesystem::path path = std::filesystem::path(p->file).parent_path() / attr("file");
    ReferenceText r{text::normalized(attr("title")), {attr("zh"), attr("en")}};
    if (r.name.zh.empty()) r.name.zh = "《" + attr("title") + "》";
    if (r.name.en.empty()) r.name.en = r.name.zh;
    if (!read_reference(path.string(), params.references.size(), params)) {
      errors.push_back({p->line, "cannot read the reference text " + path.string()});
      continue;
    }
    params.references.push_back(std::move(r));
  }
  if (params.references.empty() && errors.empty()) errors.push_back({spec.line, "<reference file=\"…\"> is required"});
  params.index.build();
  return std::make_unique<CopiedParentRule>(std::move(params));
}

}  // namespace plancheck::rules
