#include "rules/article_number.hpp"

#include <algorithm>
#include <map>

#include "facts/citations.hpp"
#include "facts/passages.hpp"
#include "rules/fact_places.hpp"
#include "text/normalize.hpp"
#include "text/numerals.hpp"
#include "text/utf8.hpp"

namespace plancheck::rules {
namespace {

struct Move {
  long long to = 0;
  LocalizedText topic;
};

std::size_t skip_spaces(std::string_view s, std::size_t p) {
  while (p < s.size() && s[p] == ' ') ++p;
  return p;
}

// Past a bracketed remark of at most 20 characters at `p`: "（2025年修正）", "(2016年)".
std::size_t skip_remark(std::string_view s, std::size_t p) {
  std::size_t close = std::string_view::npos;
  std::size_t len = 0;
  if (s.compare(p, 3, "（") == 0) {
    close = s.find("）", p);
    len = 3;
  } else if (s.compare(p, 1, "(") == 0) {
    close = s.find(')', p);
    len = 1;
  }
  if (close == std::string_view::npos || text::code_point_count(s.substr(p, close - p)) > 21) return p;
  return skip_spaces(s, close + len);
}

bool at_word(std::string_view s, std::size_t& p, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (s.compare(p, w.size(), w) == 0) {
      p += w.size();
      return true;
    }
  }
  return false;
}

// Whether an article number (第N条) starts at `p`.
bool article_at(std::string_view s, std::size_t p) {
  if (s.compare(p, 3, "第") != 0) return false;
  const auto n = text::read_number(s, p + 3);
  return n && s.compare(p + 3 + n->length, 3, "条") == 0;
}

// Past a few words (at most kMaxLeadWords characters, no punctuation) ending in 其 at `p`: "重点落实其",
// "特别是其", "依据其"; else `p`.
std::size_t skip_words_to_its(std::string_view s, std::size_t p) {
  constexpr std::size_t kMaxLeadWords = 8;
  std::size_t q = p;
  for (std::size_t n = 0; n <= kMaxLeadWords && q < s.size(); ++n) {
    if (s.compare(q, 3, "其") == 0) return q + 3;
    const std::size_t at = q;
    const char32_t cp = text::next_code_point(s, q);
    if (!text::is_cjk(cp) || (cp == U'第' && article_at(s, at))) return p;
  }
  return p;
}

// Past the words that lead from a law's title to one of its articles ("《…法》的第二十五条", "中的", "，特别是
// 其第二十五条", "，尤其是", "，重点落实其第二十五条", "第五章第五十三条" past the chapter), when an article number
// follows them; else `p`.
std::size_t skip_lead_to_article(std::string_view s, std::size_t p) {
  std::size_t q = p;
  if (at_word(s, q, {"，", ","})) {
    q = skip_spaces(s, q);
    if (at_word(s, q, {"特别是", "尤其是", "其中", "包括"})) {
      at_word(s, q, {"其"});
    } else {
      q = skip_words_to_its(s, q);
    }
  } else {
    at_word(s, q, {"中的", "中", "的", "之"});
  }
  q = skip_spaces(s, q);
  // A chapter or section before the article: 第五章第五十三条.
  if (s.compare(q, 3, "第") == 0) {
    if (const auto n = text::read_number(s, q + 3)) {
      std::size_t after = q + 3 + n->length;
      if (at_word(s, after, {"章", "节"}) && s.compare(skip_spaces(s, after), 3, "第") == 0) q = skip_spaces(s, after);
    }
  }
  return s.compare(q, 3, "第") == 0 ? q : p;
}

// The first article number in the brackets that open at `p` after a law's title, past a remark on the law
// before it ("（2026年1月1日起施行修正版，第二十七条）", "（第二十五条关于…的规定）"); npos when the brackets hold
// none within kMaxBracketed characters or no brackets open there.
std::size_t article_in_brackets(std::string_view s, std::size_t p) {
  constexpr std::size_t kMaxBracketed = 40;
  const std::size_t open = s.compare(p, 1, "(") == 0 ? 1 : s.compare(p, 3, "（") == 0 ? 3 : 0;
  if (open == 0) return std::string_view::npos;
  std::size_t q = p + open;
  for (std::size_t n = 0; n < kMaxBracketed && q < s.size(); ++n) {
    if (article_at(s, q)) return q;
    const char32_t cp = text::next_code_point(s, q);
    if (cp == U'）' || cp == U')' || cp == U'《' || cp == U'。') break;
  }
  return std::string_view::npos;
}

class ArticleNumberRule final : public Rule {
 public:
  ArticleNumberRule(std::vector<std::string> laws, std::map<long long, Move> moves)
      : laws_(std::move(laws)), moves_(std::move(moves)) {}

  void check(const RuleContext& ctx, Reporter& out) const override {
    const facts::Passages& ps = ctx.facts.passages;
    bool cited = false;
    for (const facts::Citation& c : ctx.facts.citations.items) {
      if (c.kind != facts::CitationKind::Title || c.abolishing || !names_law(c.key)) continue;
      const facts::Passage& p = ps.items[c.passage];
      const std::string_view s = p.norm.text;
      // 第N条, then 、第M条 / 和第M条 … after the title and any remark in brackets on it (（2025年修正）) and the
      // words that lead to an article (skip_lead_to_article), or in the brackets after it
      // (（第二十五条关于…的规定）, （特别是第二十五条…）, （2026年1月1日起施行修正版，第二十七条）).
      std::size_t pos = skip_spaces(s, c.span.end);
      const std::size_t inside = article_in_brackets(s, pos);
      const bool bracketed = inside != std::string_view::npos;
      pos = bracketed ? inside : skip_remark(s, pos);
      pos = skip_lead_to_article(s, pos);
      // Or later in the sentence, before any other title: "《…网络安全法》条文序号按…修正文本引用，本预案主要落实其
      // 第二十五条和第三十四条的要求" (其 is the law).
      bool later_clause = false;
      if (s.compare(pos, 3, "第") != 0) {
        const facts::Span sentence = facts::sentence_at(p, c.span.begin);
        const std::size_t next_title = s.find("《", c.span.end);
        const std::size_t stop = std::min<std::size_t>(sentence.end, next_title);
        if (stop > c.span.end) {
          const std::size_t its = s.substr(c.span.end, stop - c.span.end).find("其第");
          if (its != std::string_view::npos) {
            pos = c.span.end + its + 3;
            later_clause = true;
          }
        }
      }
      const std::size_t first_article = pos;
      while (s.compare(pos, 3, "第") == 0) {
        const auto number = text::read_number(s, pos + 3);
        if (!number) break;
        std::size_t end = pos + 3 + number->length;
        if (s.compare(end, 3, "条") != 0) break;
        end += 3;
        cited = true;
        const facts::Span span{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end)};
        auto moved = moves_.find(number->value);
        if (moved != moves_.end()) {
          const Evidence ev = facts::evidence_for(ctx.doc, p, span);
          const std::string written = facts::original_text(p, span);
          // The law and the article as written; an article in brackets, in a later clause, or a later one of a
          // list ("第二十五条、第三十四条"), after the law's name alone, not with what stands between.
          const std::string found = pos == first_article && !bracketed && !later_clause
                                        ? facts::original_text(p, facts::Span{c.span.begin, span.end})
                                        : facts::original_text(p, c.span) + written;
          out.fail("renumbered",
                   {{"found", found},
                    {"law", facts::original_text(p, c.span)},
                    {"old", std::to_string(number->value)},
                    {"new", std::to_string(moved->second.to)},
                    {"topic", moved->second.topic.in(out.lang())}},
                   Place{ev.location, static_cast<int>(text::code_point_count(written)), ev.section, ev.text});
        } else {
          out.pass(facts::evidence_for(ctx.doc, p, span));
        }
        pos = skip_spaces(s, end);
        std::size_t sep = 0;
        for (std::string_view w : {"、", "和", "及", ",", "以及"}) {
          if (s.compare(pos, w.size(), w) == 0) sep = w.size();
        }
        if (sep == 0) break;
        pos = skip_spaces(s, pos + sep);
      }
    }
    if (!cited) out.not_applicable(LocalizedText{"预案未按条号引用法律条文", "the plan cites no article of the law by number"});
  }

 private:
  bool names_law(const std::string& key) const {
    return std::any_of(laws_.begin(), laws_.end(), [&](const std::string& l) { return key.find(l) != std::string::npos; });
  }

  std::vector<std::string> laws_;
  std::map<long long, Move> moves_;
};

}  // namespace

std::unique_ptr<const Rule> make_article_number_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors) {
  std::vector<std::string> laws;
  std::map<long long, Move> moves;
  for (const ruleset::Param& p : spec.params) {
    if (p.name == "law") {
      const std::string v = facts::title_key(text::normalized(p.value));
      if (!empty_text_param(p, v, errors)) laws.push_back(v);
    } else if (p.name == "renumbered") {
      const auto from = text::parse_number(param_attribute(p, "old"));
      const auto to = text::parse_number(param_attribute(p, "new"));
      if (!from || !to || *from <= 0 || *to <= 0) {
        errors.push_back({p.line, "<renumbered> needs old and new article numbers"});
        continue;
      }
      moves[*from] = Move{*to, {param_attribute(p, "topic-zh"), param_attribute(p, "topic-en")}};
    } else {
      errors.push_back(unknown_param(p, "article-number", "law, renumbered"));
    }
  }
  if (laws.empty()) errors.push_back({spec.line, "an article-number rule needs a <law>"});
  if (moves.empty()) errors.push_back({spec.line, "an article-number rule needs at least one <renumbered>"});
  if (!errors.empty()) return nullptr;
  return std::make_unique<ArticleNumberRule>(std::move(laws), std::move(moves));
}

}  // namespace plancheck::rules
