#include "facts/passages.hpp"

#include <algorithm>

#include "core/budget.hpp"

#include "facts/scan.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

bool is_sentence_end(char32_t cp) {
  return cp == U'。' || cp == U'!' || cp == U'?' || cp == U'；' || cp == U';' || cp == U'！' ||
         cp == U'？' || cp == U'\n';
}

// Splits `p.norm.text` at sentence ends into `p.sentences` and fills `p.filter` (the same bits as
// CharPairFilter::of), in one walk over its code points.
void split_and_filter(Passage& p) {
  const std::string& s = p.norm.text;
  std::size_t begin = 0;
  std::size_t pos = 0;
  char32_t prev = 0;
  bool first = true;
  while (pos < s.size()) {
    const char32_t cp = text::next_code_point(s, pos);
    if (first) {
      p.filter.add(cp);
      first = false;
    } else {
      p.filter.add(prev, cp);
    }
    prev = cp;
    if (is_sentence_end(cp)) {
      p.sentences.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(pos)});
      begin = pos;
    }
  }
  if (begin < s.size()) p.sentences.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(s.size())});
}

// The offset past the spaces, tabs and ideographic spaces at `end` of `t`.
std::size_t after_blanks(const std::string& t, std::size_t end) {
  while (end < t.size()) {
    if (t[end] == ' ' || t[end] == '\t') {
      ++end;
    } else if (t.compare(end, 3, "\u3000") == 0) {
      end += 3;
    } else {
      break;
    }
  }
  return end;
}

// Bytes of a list item's text taken by its marker ("●", "•", "-", "（1）", "a)") and the space after it: a
// plain-text or Word-pasted item keeps its marker in its text, a Markdown list item does not, and what a
// plan says starts after it either way ("● 特别重大网络安全事件：…" defines a level like "特别重大网络安全事件：…").
std::size_t marker_length(const Block* block) {
  if (!block || block->kind != BlockKind::ListItem || block->marker.empty()) return 0;
  const std::string& t = block->text;
  if (t.compare(0, block->marker.size(), block->marker) != 0) return 0;
  std::size_t end = block->marker.size();
  end = after_blanks(t, end);
  return end < t.size() ? end : 0;
}

// Bytes of a paragraph's article label and the space after it ("第六条 市教育局成立…", "第十二条　…", "第六條 …"): a
// regulation-style plan numbers its paragraphs so, and what the article says starts after the label, as a
// list item's after its marker (the label is not the subject of 成立, nor part of a body's name).
std::size_t article_label_length(const Block* block) {
  if (!block || block->kind == BlockKind::TableRow) return 0;
  const std::string& t = block->text;
  std::size_t end = clause_number_end(t, 0, t.size(), {"条", "條"});  // the original text: 條 in traditional
  if (end == 0) return 0;
  const std::size_t label = end;
  end = after_blanks(t, end);
  return end > label && end < t.size() ? end : 0;
}

void add(Passages& ps, Where where, const Section* section, const Block* block, std::string_view path,
         const std::string& original) {
  Passage p;
  p.where = where;
  p.section = section;
  p.block = block;
  p.section_path = path;
  p.original_offset = marker_length(block);
  if (p.original_offset == 0) p.original_offset = article_label_length(block);
  p.original = std::string_view(original).substr(p.original_offset);
  p.norm = text::normalize_for_matching(p.original);
  split_and_filter(p);
  p.index = ps.items.size();
  p.table_start = p.index;
  if (block && block->kind == BlockKind::TableRow && !ps.items.empty()) {
    const Passage& before = ps.items.back();
    if (before.section == section && before.block && before.block->kind == BlockKind::TableRow) p.table_start = before.table_start;
  }
  ps.items.push_back(std::move(p));
}

// --max-sentence-length: the extractors look around every fact within its sentence, so a sentence of
// megabytes (text without 。) is refused rather than read.
void check_sentences(const Document& doc, const Passage& p) {
  const PlanBudget* budget = current_budget();
  if (budget == nullptr) return;
  checkpoint();
  const std::size_t limit = budget->limits().max_sentence_length;
  for (const Span& s : p.sentences) {
    if (s.end - s.begin <= limit) continue;  // bytes ≥ characters
    const std::size_t chars = text::code_point_count(std::string_view(p.norm.text).substr(s.begin, s.end - s.begin));
    if (chars > limit) {
      exceed_limit(MsgId::LimitSentenceLength, chars, limit, locate(doc, p, s.begin));
    }
  }
}

// Headings and blocks of `sections` and all their subsections.
std::size_t passage_count(const std::vector<Section>& sections) {
  std::size_t n = 0;
  for (const Section& s : sections) n += 1 + s.blocks.size() + passage_count(s.children);
  return n;
}

}  // namespace

Passages Passages::from(const Document& doc) {
  Passages ps;
  // Reserved at its size: growing by doubling moved every passage and, at its peak, held the old array
  // beside the new one.
  ps.items.reserve(doc.front_matter.size() + doc.preamble.size() + passage_count(doc.sections));
  auto add_checked = [&](Where where, const Section* section, const Block* block, std::string_view path,
                         const std::string& original) {
    add(ps, where, section, block, path, original);
    check_sentences(doc, ps.items.back());
  };
  for (const Block& b : doc.front_matter) add_checked(Where::FrontMatter, nullptr, &b, "", b.text);
  for (const Block& b : doc.preamble) add_checked(Where::Preamble, nullptr, &b, "", b.text);
  for_each_section(doc.sections, [&](const Section& s, const std::string& path) {
    const std::string_view kept = ps.paths.emplace_back(path);
    add_checked(Where::Heading, &s, nullptr, kept, s.title);
    for (const Block& b : s.blocks) add_checked(Where::Body, &s, &b, kept, b.text);
  });
  return ps;
}

Location locate(const Document& doc, const Passage& p, std::size_t norm_offset) {
  const std::size_t orig = p.norm.origin_of(norm_offset);
  if (!doc.source) return {};
  if (p.block) return doc.source->locate(p.block->source_offset(p.original_offset + orig));
  if (p.section) {
    // Heading passages: the title sits at the end of the heading line.
    const Location h = p.section->location;
    if (!h.known()) return h;
    const std::size_t title_at = p.section->heading.size() >= p.section->title.size()
                                     ? p.section->heading.size() - p.section->title.size()
                                     : 0;
    return doc.source->locate(h.offset + title_at + orig);
  }
  return {};
}

Span sentence_at(const Passage& p, std::size_t norm_offset) {
  // Sentences are in order and do not overlap: a binary search (a scan per fact was quadratic in a
  // paragraph of many sentences).
  auto it = std::upper_bound(p.sentences.begin(), p.sentences.end(), norm_offset,
                             [](std::size_t off, const Span& s) { return off < s.begin; });
  if (it != p.sentences.begin() && norm_offset < (--it)->end) return *it;
  return {0, static_cast<std::uint32_t>(p.norm.text.size())};
}

std::string original_text(const Passage& p, Span span) {
  const std::size_t b = p.norm.origin_of(span.begin);
  const std::size_t e = std::max(b, p.norm.origin_of(span.end));
  return std::string(p.original.substr(b, e - b));
}

namespace {

// Byte offset `count` code points before/after `at` in UTF-8 `s`, stopping at `limit`.
std::uint32_t code_points_back(std::string_view s, std::uint32_t at, std::size_t count, std::uint32_t limit) {
  while (at > limit && count > 0) {
    --at;
    while (at > limit && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
    --count;
  }
  return at;
}

std::uint32_t code_points_forward(std::string_view s, std::uint32_t at, std::size_t count, std::uint32_t limit) {
  while (at < limit && count > 0) {
    ++at;
    while (at < limit && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) ++at;
    --count;
  }
  return at;
}

// The part of `sentence` quoted for a hit at `hit`: the whole sentence when it has at most
// kEvidenceCodePoints, else a window of that many code points that starts kEvidenceBefore before the hit
// (or ends at the sentence's end). A report quotes every finding's evidence, so a whole sentence per finding
// made the report grow with findings × sentence length (a 1 MB sentence: tens of GB).
Span evidence_window(const Passage& p, Span sentence, std::uint32_t hit) {
  // A sentence of at most kEvidenceCodePoints bytes has at most that many code points: all of it.
  if (sentence.end - sentence.begin <= kEvidenceCodePoints) return sentence;
  const std::string_view text = p.norm.text;
  hit = std::clamp(hit, sentence.begin, sentence.end);
  Span w;
  w.begin = code_points_back(text, hit, kEvidenceBefore, sentence.begin);
  w.end = code_points_forward(text, w.begin, kEvidenceCodePoints, sentence.end);
  if (w.end == sentence.end) w.begin = code_points_back(text, w.end, kEvidenceCodePoints, sentence.begin);
  return w;
}

}  // namespace

Evidence evidence_for(const Document& doc, const Passage& p, Span span) {
  const Span sentence = sentence_at(p, span.begin);
  const Span window = evidence_window(p, sentence, span.begin);
  Evidence ev;
  ev.location = locate(doc, p, span.begin);
  ev.section = p.section_path;
  ev.text = original_text(p, window);
  // Trim white space the split leaves at the edges.
  while (!ev.text.empty() && (ev.text.back() == ' ' || ev.text.back() == '\n')) ev.text.pop_back();
  std::size_t lead = 0;
  while (lead < ev.text.size() && (ev.text[lead] == ' ' || ev.text[lead] == '\n')) ++lead;
  ev.text.erase(0, lead);
  if (window.begin > sentence.begin) ev.text.insert(0, kEvidenceCut);
  if (window.end < sentence.end) ev.text += kEvidenceCut;
  return ev;
}

}  // namespace plancheck::facts
