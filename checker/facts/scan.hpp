// Small scanners over normalised passage text shared by the grading and timing extractors.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "facts/passages.hpp"

namespace plancheck::facts {

// Where a fact was read: a span of one passage's normalised text (locate()/evidence_for() turn it into a
// source location and the original sentence).
struct TextRef {
  std::size_t passage = 0;
  Span span;
  bool known = false;
};

TextRef make_ref(const Passage& p, std::size_t begin, std::size_t end);

// The four canonical event level names, highest first.
const std::vector<std::string>& canonical_event_levels();

// An event level named in text, e.g. "特别重大" in "特别重大、重大网络安全事件".
struct LevelMention {
  std::string name;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Canonical event levels used as event grades (followed by …事件 in the same noun phrase, or bracketed as
// in "I级(特别重大)"); "重大" inside "特别重大" is not a separate mention; "一般情况下" is not a level.
std::vector<LevelMention> event_level_mentions(std::string_view s);

// A plan's own event level names mapped one by one onto the national ones ("P1" → "特别重大", "一级" →
// "特别重大"), as its ladder declares them ("分为P1、P2、P3、P4四级，分别对应…特别重大、重大、较大、一般…").
using OwnLevelNames = std::vector<std::pair<std::string, std::string>>;

// event_level_mentions, with the plan's own names used as grades ("对应一级、二级事件", "P1事件") read as the
// national levels they map to. An own name before 响应 or 预警 is a response or warning level, not a grade.
std::vector<LevelMention> event_level_mentions(std::string_view s, const OwnLevelNames& own);
// True when what follows a level word at `pos` makes it a grade: the end of text, a bracket, or a short
// noun phrase ending in 事件 ("网络安全事件", "及以上网络安全事件") with no 的 or clause break before it.
bool grade_suffix_follows(std::string_view s, std::size_t pos);

// A response level: "I级" (NFKC folds Ⅰ to I), "II级响应", "一级响应", "1级应急响应" → number 1..5.
struct ResponseMention {
  int number = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};
std::vector<ResponseMention> response_level_mentions(std::string_view s);
// The level a clause names as the highest ("一级为最高级别", "其中Ⅰ级为最高"): the numbered level (Ⅰ级, 一级,
// 1级) nearest before the 最高 at `highest_at` in its clause; nothing when the clause names none.
std::optional<ResponseMention> level_named_highest(std::string_view s, std::size_t highest_at);

// Warning colours 红色/橙色/黄色/蓝色 named in text (rank 1..4), in order of appearance.
struct ColourMention {
  std::string name;
  int rank = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};
std::vector<ColourMention> colour_mentions(std::string_view s);

// The last sentence of the paragraph that introduces the list item `p` is in ("发布红色、橙色预警后，采取下列
// 措施：" before "（二）…实行24小时值守", "领导小组职责：" before "2）批准Ⅰ级、Ⅱ级响应的启动和结束；"), or nothing:
// it ends with a colon and stands in the same section, at most 40 list items before. An item of another form
// than `p`'s that ends with a colon heads `p`'s list: its whole text, label included ("（二）橙色、红色预警响应。在落实
// 蓝色、黄色预警响应措施的基础上，还应当：" over "②…实行24小时值班").
std::string_view list_lead_in(const Passages& ps, const Passage& p);

// "Ⅲ级响应。", "红色、橙色预警响应。": a short sentence that only names response levels or colours, no
// one's act (启动, 决定, 由…), as a label of the sentences after it.
bool is_level_label(std::string_view sentence);

// From a passage's filter, before reading it: false means colour_mentions / response_level_mentions find
// nothing anywhere in it.
bool may_name_colour(const Passage& p);
bool may_name_response_level(const Passage& p);

// Byte offsets of every occurrence of `needle` in s[from, to).
std::vector<std::size_t> find_all(std::string_view s, std::string_view needle, std::size_t from = 0,
                                  std::size_t to = std::string_view::npos);
bool contains_any(std::string_view s, std::initializer_list<std::string_view> needles);
// True when s begins at `pos` with one of `needles` (returns its length through `len`).
bool starts_with_any(std::string_view s, std::size_t pos, std::initializer_list<std::string_view> needles,
                     std::size_t* len = nullptr);

// Where a clause number that starts at `pos` ends (第 + numerals + one of `units`: "第六条", "第三章"), or `pos`
// when none does there or when it would reach `limit`. A regulation-style plan's article label is no part of
// what its paragraph says, nor of a name written after it.
std::size_t clause_number_end(std::string_view s, std::size_t pos, std::size_t limit,
                              std::initializer_list<std::string_view> units);
// Whether s[begin, end) speaks of every unit of a kind ("各处室负责人负责…", "各区县教育局每年…"): it opens with 各,
// past an article's number (第十条) and spaces.
bool opens_with_each(std::string_view s, std::size_t begin, std::size_t end);


// What ties facts together in a passage: each sentence, or a table row whole, whose cells may hold ；
// ("| P0 | 特别重大 | 核心链路不可用；资金损失… | Ⅰ级 |"). Iterable as spans.
class TieUnits {
 public:
  explicit TieUnits(const Passage& p)
      : sentences_(p.sentences),
        whole_{0, static_cast<std::uint32_t>(p.norm.text.size())},
        row_(p.block && p.block->kind == BlockKind::TableRow) {}
  const Span* begin() const { return row_ ? &whole_ : sentences_.data(); }
  const Span* end() const { return row_ ? &whole_ + 1 : sentences_.data() + sentences_.size(); }

 private:
  const std::vector<Span>& sentences_;
  Span whole_;
  bool row_;
};

// The first row of the table that table-row passage `p` is a row of (rows are passages of one section one
// after the other); null when `p` is that first row or no table row.
const Block* first_table_row(const Passages& ps, const Passage& p);
// The normalised title of column `i` of a table's header row; "" for a cell too long to be a column's title
// (more than 96 bytes), so that reading a header for each row costs at most that row's cells.
std::string column_title(const Block& header, std::size_t i);
// The response level a table row names in a column its header calls 响应 (| 响应级别 | 适用情形 | then
// | 一级 | 发生特别重大… |): a bare 一级, Ⅰ级 or 1级 cell there is a response level. 0 when none.
int table_response_level(const Passages& ps, const Passage& p);

// The clause around `pos` inside `sentence`: bounded by ，,；;：:。!?| and the sentence edges.
Span clause_at(std::string_view s, Span sentence, std::size_t pos);
// The clause before `clause` inside `sentence` when a comma separates them ("应急响应结束后,…"); nullopt when
// `clause` opens the sentence or follows another break.
std::optional<Span> comma_clause_before(std::string_view s, Span sentence, Span clause);
// clause_at for many positions of one text: remembers the last clause found, so facts found one after
// another in one long clause do not each scan it again (a sentence full of facts was quadratic).
class ClauseFinder {
 public:
  Span at(std::string_view s, Span sentence, std::size_t pos);

 private:
  const char* text_ = nullptr;
  Span sentence_{};
  Span last_{};
};

// Whether a word occurs wholly inside s[x, end) for many x and one end (the rest of a clause after each of
// its facts), at the cost of one backward search per word instead of one forward search per x.
class TextTail {
 public:
  TextTail(std::string_view s, std::size_t begin, std::size_t end) : s_(s.substr(begin, end - begin)), begin_(begin) {}
  bool contains_from(std::size_t x, std::string_view word);
  bool contains_any_from(std::size_t x, std::initializer_list<std::string_view> words);
  std::size_t begin() const { return begin_; }
  std::size_t end() const { return begin_ + s_.size(); }
  std::string_view text() const { return s_; }  // s[begin, end)

 private:
  std::string_view s_;
  std::size_t begin_;
  std::vector<std::pair<std::string_view, std::size_t>> last_;  // word → start of its last occurrence
};

// The level words event_level_mentions considers ("重大" inside "特别重大" already dropped), whether or
// not they are used as grades, in no particular order.
std::vector<LevelMention> level_words(std::string_view s);
// Whether level word `m` of `s` is used as a grade there (what event_level_mentions keeps).
bool is_grade_mention(std::string_view s, const LevelMention& m);
// Bytes after a level word that is_grade_mention may read.
inline constexpr std::size_t kGradeLookahead = 128;

// Clause and sentence separators as they appear after normalisation (NFKC folds ，→, and ：→:).
bool is_clause_break(std::string_view s, std::size_t pos, std::size_t* len = nullptr);

// The passage's sentence text.
std::string_view sentence_text(const Passage& p, Span sentence);
// The passage's enclosing heading chain, normalised (e.g. "四、预警响应 › (一)红色预警响应").
std::string normalized_section_path(const Passage& p);

// Whether a table cell says nothing: empty, or only a dash, slash or 无 standing for no value ("—", "／", "无").
bool is_blank_cell(std::string_view cell);

}  // namespace plancheck::facts
