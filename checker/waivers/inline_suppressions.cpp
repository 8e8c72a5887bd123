#include "waivers/inline_suppressions.hpp"

#include <algorithm>
#include <climits>
#include <iterator>
#include <map>
#include <string_view>

namespace plancheck::waivers {

namespace {

struct Comment {
  Location at;
  int last_line = 0;
  std::string_view inner;   // between "<!--" and "-->"
  std::string_view whole;
};

struct LineSpan {
  int first = 0;
  int last = 0;
};

std::vector<Comment> find_comments(const SourceText& source) {
  std::vector<Comment> comments;
  const std::string_view text = source.text();
  for (std::size_t open = text.find("<!--"); open != std::string_view::npos; open = text.find("<!--", open)) {
    const std::size_t close = text.find("-->", open + 4);
    if (close == std::string_view::npos) break;  // an unterminated comment hides the rest of the file
    Comment c;
    c.at = source.locate(open);
    c.last_line = source.locate(close).line;
    c.inner = text.substr(open + 4, close - open - 4);
    c.whole = text.substr(open, close + 3 - open);
    comments.push_back(c);
    open = close + 3;
  }
  return comments;
}

LineSpan span_of(const Block& b, const SourceText& source) {
  LineSpan span{b.location.line, b.location.line};
  for (const Segment& s : b.segments) {
    const std::size_t end = s.source_offset + (s.length > 0 ? s.length - 1 : 0);
    span.last = std::max(span.last, source.locate(end).line);
  }
  return span;
}

void add_blocks(const std::vector<Block>& blocks, const SourceText& source, std::vector<LineSpan>& out) {
  for (const Block& b : blocks) {
    if (b.location.known()) out.push_back(span_of(b, source));
  }
}

// Every block and heading, in line order, except those that are a comment themselves (Markdown turns an
// HTML comment block into a paragraph).
std::vector<LineSpan> content_spans(const Document& doc, const std::vector<Comment>& comments) {
  const SourceText& source = *doc.source;
  std::vector<LineSpan> spans;
  add_blocks(doc.front_matter, source, spans);
  add_blocks(doc.preamble, source, spans);
  for_each_section(doc.sections, [&](const Section& s, const std::string&) {
    if (s.location.known()) spans.push_back({s.location.line, s.location.line});
    add_blocks(s.blocks, source, spans);
  });
  // Comments come in text order and never overlap, so the last one opening on or before a span's first
  // line is also the one reaching furthest: the only one that may hold it (a binary search, not a scan
  // of every comment for every block).
  auto inside_comment = [&](const LineSpan& span) {
    auto it = std::upper_bound(comments.begin(), comments.end(), span.first,
                               [](int line, const Comment& c) { return line < c.at.line; });
    return it != comments.begin() && span.last <= std::prev(it)->last_line;
  };
  spans.erase(std::remove_if(spans.begin(), spans.end(), inside_comment), spans.end());
  std::sort(spans.begin(), spans.end(), [](const LineSpan& a, const LineSpan& b) { return a.first < b.first; });
  return spans;
}

// The block after a disable-next-line comment; without one, the next non-blank line. Both are looked up,
// not scanned for, since a plan may hold a hundred thousand such comments.
class NextTarget {
 public:
  NextTarget(const std::vector<LineSpan>& spans, const SourceText& source) : spans_(spans), source_(source) {}

  LineSpan after(int after_line) {
    auto it = std::upper_bound(spans_.begin(), spans_.end(), after_line,
                               [](int line, const LineSpan& s) { return line < s.first; });
    if (it != spans_.end()) return *it;
    if (next_non_blank_.empty()) {  // from the end: the first non-blank line at or after each line
      next_non_blank_.assign(static_cast<std::size_t>(source_.line_count()) + 2, 0);
      for (int line = source_.line_count(); line >= 1; --line) {
        const bool blank = source_.line(line).find_first_not_of(" \t\r") == std::string_view::npos;
        next_non_blank_[static_cast<std::size_t>(line)] = blank ? next_non_blank_[static_cast<std::size_t>(line) + 1] : line;
      }
    }
    const int from = std::max(after_line + 1, 1);
    const int line = from <= source_.line_count() ? next_non_blank_[static_cast<std::size_t>(from)] : 0;
    return {line, line};
  }

 private:
  const std::vector<LineSpan>& spans_;
  const SourceText& source_;
  std::vector<int> next_non_blank_;
};

SuppressionError::Kind error_kind(DirectiveProblem p) {
  switch (p) {
    case DirectiveProblem::UnknownDirective: return SuppressionError::Kind::UnknownDirective;
    case DirectiveProblem::MissingRules: return SuppressionError::Kind::MissingRules;
    case DirectiveProblem::MissingReason: return SuppressionError::Kind::MissingReason;
  }
  return SuppressionError::Kind::MissingReason;
}

// Walks the comments in order, keeping the disables still open.
class Scanner {
 public:
  Scanner(const Document& doc, std::vector<Comment> comments)
      : comments_(std::move(comments)), spans_(content_spans(doc, comments_)), next_(spans_, *doc.source) {
    first_content_ = spans_.empty() ? INT_MAX : spans_.front().first;
  }

  InlineSuppressions run() {
    for (const Comment& c : comments_) {
      const std::optional<Directive> d = read_directive(c.inner);
      if (!d) continue;
      if (d->problem) {
        fail(c, error_kind(*d->problem));
      } else if (d->kind == DirectiveKind::Disable) {
        disable(c, *d);
      } else if (d->kind == DirectiveKind::Enable) {
        enable(c, *d);
      } else {
        next_line(c, *d);
      }
    }
    for (auto& [rule, s] : open_) {
      s.last_line = INT_MAX;
      out_.suppressions.push_back(std::move(s));
    }
    return std::move(out_);
  }

 private:
  void fail(const Comment& c, SuppressionError::Kind kind) {
    out_.errors.push_back({kind, c.at, std::string(c.whole), {}, {}});
  }

  void disable(const Comment& c, const Directive& d) {
    for (const std::string& rule : d.rules) {
      // A second disable of a rule already off changes nothing: the first one's range and reason stand.
      open_.emplace(rule, Suppression{rule, c.at.line, 0, c.last_line < first_content_, d.reason, c.at.line, c.at});
    }
  }

  void enable(const Comment& c, const Directive& d) {
    std::vector<std::string> rules = d.rules;
    if (rules.empty()) {
      for (const auto& [rule, s] : open_) rules.push_back(rule);
    }
    if (rules.empty()) fail(c, SuppressionError::Kind::EnableWithoutDisable);
    for (const std::string& rule : rules) {
      auto it = open_.find(rule);
      if (it == open_.end()) {
        fail(c, SuppressionError::Kind::EnableWithoutDisable);
        continue;
      }
      it->second.last_line = c.last_line;
      it->second.whole_file = false;
      out_.suppressions.push_back(std::move(it->second));
      open_.erase(it);
    }
  }

  void next_line(const Comment& c, const Directive& d) {
    const LineSpan target = next_.after(c.last_line);
    if (target.first == 0) return;
    for (const std::string& rule : d.rules) {
      out_.suppressions.push_back(Suppression{rule, target.first, target.last, false, d.reason, c.at.line, c.at});
    }
  }

  std::vector<Comment> comments_;
  std::vector<LineSpan> spans_;
  NextTarget next_;
  int first_content_ = INT_MAX;
  std::map<std::string, Suppression> open_;
  InlineSuppressions out_;
};

}  // namespace

InlineSuppressions scan_suppressions(const Document& doc) {
  if (!doc.source) return {};
  return Scanner(doc, find_comments(*doc.source)).run();
}

}  // namespace plancheck::waivers
