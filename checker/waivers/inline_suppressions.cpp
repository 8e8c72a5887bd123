#include "waivers/inline_suppressions.hpp"

#include <algorithm>
#include <climits>
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
  auto inside_comment = [&](const LineSpan& span) {
    return std::any_of(comments.begin(), comments.end(),
                       [&](const Comment& c) { return span.first >= c.at.line && span.last <= c.last_line; });
  };
  spans.erase(std::remove_if(spans.begin(), spans.end(), inside_comment), spans.end());
  std::sort(spans.begin(), spans.end(), [](const LineSpan& a, const LineSpan& b) { return a.first < b.first; });
  return spans;
}

// The block after a disable-next-line comment; without one, the next non-blank line.
LineSpan next_target(int after_line, const std::vector<LineSpan>& spans, const SourceText& source) {
  for (const LineSpan& s : spans) {
    if (s.first > after_line) return s;
  }
  for (int line = after_line + 1; line <= source.line_count(); ++line) {
    if (source.line(line).find_first_not_of(" \t\r") != std::string_view::npos) return {line, line};
  }
  return {0, 0};
}

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
      : comments_(std::move(comments)), spans_(content_spans(doc, comments_)), source_(*doc.source) {
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
      open_.emplace(rule, Suppression{rule, c.at.line, 0, c.last_line < first_content_, d.reason, c.at.line});
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
    const LineSpan target = next_target(c.last_line, spans_, source_);
    if (target.first == 0) return;
    for (const std::string& rule : d.rules) {
      out_.suppressions.push_back(Suppression{rule, target.first, target.last, false, d.reason, c.at.line});
    }
  }

  std::vector<Comment> comments_;
  std::vector<LineSpan> spans_;
  const SourceText& source_;
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
