#include "rules/phrase_windows.hpp"

#include <optional>
#include <string_view>

#include "core/source_text.hpp"
#include "text/search.hpp"

namespace plancheck::rules::phrase {
namespace {

using facts::Passage;
using facts::Span;

// Whether sentence `s` ends in `mark` (NFKC folds ：→: and ；→;), trailing blanks aside.
bool ends_with_mark(const Passage& p, const Span& s, char mark) {
  std::size_t end = s.end;
  while (end > s.begin && (p.norm.text[end - 1] == ' ' || p.norm.text[end - 1] == '\n')) --end;
  return end > s.begin && p.norm.text[end - 1] == mark;
}
bool ends_with_colon(const Passage& p, const Span& s) { return ends_with_mark(p, s, ':'); }

constexpr std::size_t kMaxInlineItems = 16;
constexpr std::size_t kMaxFormLines = 32;  // passages of a form read as one window
constexpr std::size_t kMaxFormHits = 64;   // and its sentences: the rest of a long form are read alone

// A heading that titles a form: "附件2 网络安全事件报告表", "信息报送单".
bool form_title(const Passage& p) {
  if (p.where != facts::Where::Heading) return false;
  const std::string_view t = p.norm.text;
  return text::ends_with_at(t, t.size(), "表") || text::ends_with_at(t, t.size(), "单");
}

// A sentence that introduces a list with a colon and ends in a semicolon ("预警信息包括：①事件类别；")
// opens a list written inline: its items are the sentences after it up to one that ends otherwise.
bool opens_inline_list(const Passage& p, const Span& s) {
  return ends_with_mark(p, s, ';') &&
         std::string_view(p.norm.text).substr(s.begin, s.end - s.begin).find(':') != std::string_view::npos;
}

// A sentence ending in a colon introduces the list items after it ("报告时应说明以下内容：" then "● 发生时间；"
// "● 影响范围…"): they read as part of it, whatever their markers.
// Items written one a line with no marker (text copied out of a PDF: "定期开展网络安全检查…；" / "每年开展风险评估…；"
// / "建立…信息通报机制。") are paragraphs ending in a semicolon, then the one that ends the list: at most
// kMaxInlineItems of them.
void add_list_items(const std::vector<std::size_t>& tier, std::size_t at, const facts::Passages& ps, Window& w) {
  const Passage& intro = ps.items[tier[at]];
  std::optional<bool> list_marked;  // whether the list's items are list items (the first one says)
  for (std::size_t k = at + 1; k < tier.size() && tier[k] == tier[k - 1] + 1; ++k) {
    const Passage& item = ps.items[tier[k]];
    if (!item.block || item.section != intro.section || item.sentences.empty()) break;
    const bool marked = item.block->kind == BlockKind::ListItem;
    if (!list_marked) list_marked = marked;
    if (marked != *list_marked) break;
    if (!marked && (item.block->kind != BlockKind::Paragraph || k - at > kMaxInlineItems)) break;
    for (const Span& s : item.sentences) w.push_back({tier[k], s});
    if (!marked && !ends_with_mark(item, item.sentences.back(), ';')) break;  // the list's last item
  }
}

// Whether passages a and b (a before b) are consecutive items of one list.
bool same_list(const facts::Passages& ps, std::size_t a, std::size_t b) {
  if (b != a + 1) return false;
  const Passage& x = ps.items[a];
  const Passage& y = ps.items[b];
  const auto item = [](const Passage& p) { return p.block && p.block->kind == BlockKind::ListItem; };
  return item(x) && item(y) && x.section == y.section;
}

}  // namespace

constexpr std::size_t kMaxLabelCodePoints = 16;  // with its number and full stop: "(三)蓝色、黄色预警响应。"

std::optional<Span> run_in_label(const Passage& p) {
  if (p.where == facts::Where::Heading || p.sentences.size() < 2) return std::nullopt;
  if (p.block && p.block->kind == BlockKind::TableRow) return std::nullopt;
  const Span& s = p.sentences.front();
  if (s.end - s.begin > 4 * kMaxLabelCodePoints + 8) return std::nullopt;  // UTF-8: ≤ 4 bytes a code point
  std::string_view t = std::string_view(p.norm.text).substr(s.begin, s.end - s.begin);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
  if (!text::ends_with_at(t, t.size(), "。") || t.find_first_of(",:;") != std::string_view::npos) return std::nullopt;
  if (count_code_points(t) > kMaxLabelCodePoints) return std::nullopt;
  return s;
}

bool for_each_window(const std::vector<std::size_t>& tier, const facts::Passages& ps, PhraseParams::Window kind,
                     FunctionRef<bool(const Window&)> fn) {
  Window w;
  Window item;  // one item of a list written inline, or one field of a form
  const Section* form = nullptr;  // the form section being read, if any
  std::size_t form_lines = 0;
  bool open = false;
  const Section* last_section = nullptr;
  std::size_t carried = 0;  // inline list items read when the passage before ended still in its list
  for (std::size_t i = 0; i < tier.size(); ++i) {
    const std::size_t idx = tier[i];
    const Passage& p = ps.items[idx];
    if (kind == PhraseParams::Window::Sentence && (form_title(p) || (form && p.section == form && form_lines < kMaxFormLines))) {
      // A form (附件2 网络安全事件报告表, then 事件发生时间：… 已采取的处置措施：…) reads as one sentence: its
      // title and its fields. Each field is read alone first.
      if (p.where == facts::Where::Heading) {
        form = p.section;
        form_lines = 0;
        w.clear();
      }
      ++form_lines;
      carried = 0;
      for (const Span& s : p.sentences) {
        item.assign(1, Hit{idx, s});
        if (p.where != facts::Where::Heading && fn(item)) return true;
        if (w.size() >= kMaxFormHits) continue;
        w.push_back(Hit{idx, s});
        if (fn(w)) return true;
      }
      continue;
    }
    form = nullptr;
    if (kind == PhraseParams::Window::Sentence || kind == PhraseParams::Window::Block) {
      // The items of one list are one block ("一、日常管理" then "1) 开展安全检查…" "2) …隐患排查…"): the
      // window goes on while the next passage is an item of the same list.
      const bool block = kind == PhraseParams::Window::Block;
      if (block && !(i > 0 && same_list(ps, tier[i - 1], idx))) w.clear();
      // An inline list's window grows by one item a sentence: at most kMaxInlineItems, so that a paragraph of
      // endless semicolons stays linear.
      // An item is read alone first, so that a pass points at the item that meets the rule.
      // A line break inside an inline list ("…④ 可能影响范围；" then "⑤ 警示事项；…⑧ 发布机关。") leaves its
      // items in the next passage: the list goes on there when it follows in the same section.
      const bool follows = i > 0 && tier[i - 1] + 1 == idx && ps.items[tier[i - 1]].section == p.section;
      std::size_t inline_items = follows ? carried : 0;
      const Span* previous = nullptr;  // the sentence before in the passage
      bool before_previous_ends_with_semicolon = false;
      for (const Span& s : p.sentences) {
        if (kind == PhraseParams::Window::Sentence && inline_items == 0) w.clear();
        if (kind == PhraseParams::Window::Sentence && inline_items > 0) {
          item.assign(1, Hit{idx, s});
          if (fn(item)) return true;
        }
        const bool goes_on = inline_items > 0 ? ends_with_mark(p, s, ';') : opens_inline_list(p, s);
        inline_items = goes_on && inline_items < kMaxInlineItems ? inline_items + 1 : 0;
        w.push_back(Hit{idx, s});
        const bool last = &s == &p.sentences.back();
        if (last && ends_with_colon(p, s)) add_list_items(tier, i, ps, w);
        if (kind == PhraseParams::Window::Sentence && fn(w)) return true;
        // A sentence of two clauses joined by a semicolon is read whole after each clause alone: "预警发布部门根据
        // 事态发展，适时调整预警级别；确认风险消除…的，及时解除预警。" names who lifts it (a provincial department's
        // plan). Not the items of a list ending in semicolons ("…；是否已制定网络安全事件应急预案；").
        if (kind == PhraseParams::Window::Sentence && w.size() == 1 && previous && ends_with_mark(p, *previous, ';') &&
            !ends_with_mark(p, s, ';') && !before_previous_ends_with_semicolon) {
          item.assign({Hit{idx, *previous}, Hit{idx, s}});
          if (fn(item)) return true;
        }
        before_previous_ends_with_semicolon = previous && ends_with_mark(p, *previous, ';');
        previous = &s;
      }
      carried = inline_items;
      // A table row is one unit, whatever ；its cells hold, as for the facts (facts::TieUnits): "| 市公安局网安支队 |
      // 较大以上事件；涉嫌违法犯罪的事件 | 立即报告 |" reports the crimes to the police. Its sentences were read first.
      if (kind == PhraseParams::Window::Sentence && p.sentences.size() > 1 && p.block &&
          p.block->kind == BlockKind::TableRow) {
        w.clear();
        for (const Span& s : p.sentences) w.push_back(Hit{idx, s});
        if (fn(w)) return true;
        w.clear();
        carried = 0;
      }
      const bool list_goes_on = block && i + 1 < tier.size() && same_list(ps, idx, tier[i + 1]);
      if (block && !list_goes_on && !w.empty() && fn(w)) return true;
      continue;
    }
    const bool new_window = !open || kind == PhraseParams::Window::Block ||
                            (kind == PhraseParams::Window::Section && p.section != last_section);
    if (new_window) {
      if (open && fn(w)) return true;
      w.clear();
      open = true;
    }
    last_section = p.section;
    for (const Span& s : p.sentences) w.push_back({idx, s});
  }
  return open && fn(w);
}

}  // namespace plancheck::rules::phrase
