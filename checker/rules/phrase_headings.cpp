#include "rules/phrase_headings.hpp"

#include <algorithm>
#include <string_view>

#include "facts/scan.hpp"

namespace plancheck::rules::phrase {

using facts::Passage;
using facts::Span;

std::optional<Hit> HeadingsAbove::find(std::size_t passage, std::size_t e) {
  if (own_.empty()) build();
  const Passage& row = ps_.items[passage];
  if (row.block && row.block->kind == BlockKind::TableRow && row.table_start != passage) {
    // The header names the row's element only when the row fills that column: "| 黄色 | 较大 | — |" under
    // "| 预警颜色 | 对应事件 | 发布主体 |" names no issuer.
    if (std::optional<Hit> h = held(row.table_start, e)) return filled_under(row, *h, e) ? h : std::nullopt;
  }
  if (!params_.elements[e].headings) return std::nullopt;
  // A paragraph's run-in heading ("（一）红色预警。应急办组织预警响应…") is the nearest heading over its later sentences.
  if (const std::optional<Span> label = run_in_label(row)) {
    if (std::optional<Hit> hit = held(passage, e, *label)) return hit;
  }
  for (std::size_t h = own_[passage]; h != kNone; h = parent_[h]) {
    if (std::optional<Hit> hit = held(h, e)) return hit;
  }
  return std::nullopt;
}

std::optional<Hit> HeadingsAbove::held(std::size_t h, std::size_t e, std::optional<Span> part) {
  Held& known = held_[h * params_.elements.size() + e];
  if (known.state < 0) {
    const Passage& p = ps_.items[h];
    const Span all = part.value_or(Span{0, static_cast<std::uint32_t>(p.norm.text.size())});
    const PhraseParams::Element& element = params_.elements[e];
    const bool header_row = p.block && p.block->kind == BlockKind::TableRow && p.table_start == p.index;
    const facts::PhrasePattern& pattern = header_row && !element.header_words.empty() ? element.header_words : element.pattern;
    const auto m = pattern.find(p, all, facts::SpanSet(params_.excludes.find_all(p, all)));
    known.state = m ? 1 : 0;
    if (m) {
      known.span = *m;
      // A header row's column of the hit: the cells before it end in '|'.
      const std::string_view before = std::string_view(p.norm.text).substr(0, m->begin);
      known.column = static_cast<std::size_t>(std::count(before.begin(), before.end(), '|'));
    }
  }
  if (known.state == 0) return std::nullopt;
  return Hit{h, known.span};
}

bool HeadingsAbove::filled_under(const Passage& row, const Hit& h, std::size_t e) const {
  const std::size_t column = held_[h.passage * params_.elements.size() + e].column;
  return column >= row.block->cells.size() || !facts::is_blank_cell(row.block->cells[column]);
}

void HeadingsAbove::build() {
  const std::size_t n = ps_.items.size();
  own_.assign(n, kNone);
  parent_.assign(n, kNone);
  held_.assign(n * params_.elements.size(), Held{});
  std::vector<std::size_t> open;  // heading passages from the top level down to the current section
  for (std::size_t i = 0; i < n; ++i) {
    const Passage& p = ps_.items[i];
    if (p.where == facts::Where::Heading && p.section) {
      while (!open.empty() && ps_.items[open.back()].section->depth >= p.section->depth) open.pop_back();
      parent_[i] = open.empty() ? kNone : open.back();
      open.push_back(i);
      own_[i] = i;
    } else if (!open.empty() && ps_.items[open.back()].section == p.section) {
      own_[i] = open.back();
    }
  }
}

}  // namespace plancheck::rules::phrase
