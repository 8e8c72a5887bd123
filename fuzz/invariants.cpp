#include "fuzz/invariants.hpp"

#include <cstdio>
#include <cstdlib>
#include <vector>

#include <fmt/format.h>

#include "core/severity.hpp"
#include "facts/passages.hpp"
#include "text/utf8.hpp"

namespace plancheck::fuzz {

namespace {

void print_and_abort(const std::string& message) {
  std::fprintf(stderr, "plancheck fuzz invariant violated: %s\n", message.c_str());
  std::abort();
}

FailureHandler g_handler = print_and_abort;

void append_location(std::string& out, const Location& l) {
  out += fmt::format("@{}:{}:{}", l.offset, l.line, l.column);
}

void describe_blocks(std::string& out, const std::vector<Block>& blocks) {
  for (const Block& b : blocks) {
    out += fmt::format("  block {} [{}] marker[{}]", to_string(b.kind), b.text, b.marker);
    append_location(out, b.location);
    for (const Segment& s : b.segments) out += fmt::format(" {}>{}+{}", s.text_offset, s.source_offset, s.length);
    for (const std::string& c : b.cells) out += fmt::format(" |{}", c);
    out += '\n';
  }
}

void describe_sections(std::string& out, const std::vector<Section>& sections) {
  for (const Section& s : sections) {
    out += fmt::format("section d{} {} [{}] [{}] [{}]", s.depth, to_string(s.numbering.style), s.numbering.text,
                       s.title, s.heading);
    for (int v : s.numbering.values) out += fmt::format(" {}", v);
    append_location(out, s.location);
    out += '\n';
    describe_blocks(out, s.blocks);
    describe_sections(out, s.children);
  }
}

// Every text a quote may be taken from: headings, titles, blocks, cells and the metadata.
std::vector<std::string_view> quotable_texts(const Document& doc) {
  std::vector<std::string_view> texts{doc.metadata.title, doc.metadata.organisation, doc.metadata.document_number,
                                      doc.metadata.issuer, doc.metadata.issue_date};
  auto add_blocks = [&texts](const std::vector<Block>& blocks) {
    for (const Block& b : blocks) {
      texts.push_back(b.text);
      for (const std::string& c : b.cells) texts.push_back(c);
    }
  };
  add_blocks(doc.front_matter);
  add_blocks(doc.preamble);
  for_each_section(doc.sections, [&](const Section& s, const std::string&) {
    texts.push_back(s.heading);
    texts.push_back(s.title);
    add_blocks(s.blocks);
  });
  if (doc.source) texts.push_back(doc.source->text());
  return texts;
}

}  // namespace

std::string_view without_cut_marks(std::string_view quote) {
  constexpr std::string_view kCut = facts::kEvidenceCut;
  if (quote.substr(0, kCut.size()) == kCut) quote.remove_prefix(kCut.size());
  if (quote.size() >= kCut.size() && quote.substr(quote.size() - kCut.size()) == kCut) quote.remove_suffix(kCut.size());
  return quote;
}

namespace {

bool quoted_from(std::string_view quote, const std::vector<std::string_view>& texts) {
  quote = without_cut_marks(quote);
  if (quote.empty()) return true;
  for (std::string_view t : texts) {
    if (t.find(quote) != std::string_view::npos) return true;
  }
  return false;
}

void require_blocks(const SourceText& source, const std::vector<Block>& blocks) {
  for (const Block& b : blocks) {
    require_location(source, b.location, "block location");
    require(text::check_utf8(b.text).valid(b.text), "block text is valid UTF-8");
    for (const Segment& s : b.segments) {
      const bool inside = std::size_t{s.text_offset} + s.length <= b.text.size() &&
                          std::size_t{s.source_offset} + s.length <= source.size();
      require(inside, "block segment inside its text and the source");
      if (!inside) continue;
      require(std::string_view(b.text).substr(s.text_offset, s.length) ==
                  std::string_view(source.text()).substr(s.source_offset, s.length),
              "block segment equals the source bytes it maps to");
    }
  }
}

void require_sections(const SourceText& source, const std::vector<Section>& sections, int parent_depth) {
  for (const Section& s : sections) {
    require_location(source, s.location, "section location");
    require(s.depth > parent_depth, "a section is deeper than its parent");
    require(text::check_utf8(s.heading).valid(s.heading), "heading is valid UTF-8");
    require_blocks(source, s.blocks);
    require_sections(source, s.children, s.depth);
  }
}

}  // namespace

void set_failure_handler(FailureHandler handler) { g_handler = handler ? handler : print_and_abort; }

void require(bool ok, std::string_view what) {
  if (!ok) g_handler(std::string(what));
}

std::string data_dir() {
  const char* env = std::getenv("PLANCHECK_DATA_DIR");
  return env && *env ? env : PLANCHECK_SOURCE_DIR;
}

void require_location(const SourceText& source, const Location& location, std::string_view what) {
  if (!location.known()) return;
  require(location.offset <= source.size(), fmt::format("{}: offset {} beyond the text ({} bytes)", what,
                                                        location.offset, source.size()));
  if (location.offset > source.size()) return;
  require(location == source.locate(location.offset),
          fmt::format("{}: line {} column {} is not where offset {} is", what, location.line, location.column,
                      location.offset));
}

void require_error(const ToolError& error, std::string_view text, std::string_view what) {
  require(!error.file.empty(), fmt::format("{}: the error names no file", what));
  for (const Lang lang : {Lang::Zh, Lang::En}) {
    const std::string message = error.message.text(lang);
    require(!message.empty(), fmt::format("{}: the error has no message", what));
    require(text::check_utf8(message).valid(message), fmt::format("{}: message is not UTF-8", what));
  }
  if (error.location.known()) {
    const SourceText source{std::string(text)};
    require(error.location.line <= source.line_count() + 1,
            fmt::format("{}: error line {} beyond the {} lines of the text", what, error.location.line,
                        source.line_count()));
  }
  require(error.location.offset <= text.size(),
          fmt::format("{}: error offset {} beyond the text ({} bytes)", what, error.location.offset, text.size()));
}

void require_document(const Document& doc) {
  require(doc.source != nullptr, "a document has its source");
  if (!doc.source) return;
  const SourceText& source = *doc.source;
  require(text::check_utf8(source.text()).valid(source.text()), "the source text is valid UTF-8");
  require_blocks(source, doc.front_matter);
  require_blocks(source, doc.preamble);
  require_sections(source, doc.sections, 0);
}

void require_plan_result(const PlanResult& result, const Document& doc) {
  require(!result.error.has_value(), "a document that parsed is checked without error");
  const SourceText& source = *doc.source;
  const std::vector<std::string_view> texts = quotable_texts(doc);
  require(result.score >= 0 && result.score <= 100, "score within 0..100");
  for (const RuleResult& r : result.results) {
    require(!r.rule.empty(), "a result names its rule");
    require(r.status != Status::Fail || !r.findings.empty(), "a failed result has findings");
    for (const Finding& f : r.findings) {
      require_location(source, f.location, "finding location");
      require(f.span >= 0, "finding span is not negative");
      require(!f.message.empty(), "a finding has a message");
      require(text::check_utf8(f.message).valid(f.message), "finding message is valid UTF-8");
      require(quoted_from(f.evidence, texts), fmt::format("finding evidence of {} is quoted from the plan", r.rule));
      if (f.location.known() && f.location.offset <= source.size()) {
        require(f.source_line == source.line(f.location.line),
                fmt::format("the source line of a finding of {} is the line it points to", r.rule));
      }
    }
    for (const Evidence& e : r.evidence) {
      require_location(source, e.location, "evidence location");
      require(quoted_from(e.text, texts), fmt::format("evidence of {} is quoted from the plan", r.rule));
    }
  }
}

std::string describe(const Document& doc) {
  std::string out = fmt::format("{} {} [{}] [{}] [{}] [{}] [{}] [{}]\n", to_string(doc.format), doc.encoding,
                                doc.metadata.title, doc.metadata.organisation, doc.metadata.document_number,
                                doc.metadata.issuer, doc.metadata.issue_date, doc.metadata.organisation_type);
  out += "front matter\n";
  describe_blocks(out, doc.front_matter);
  out += "preamble\n";
  describe_blocks(out, doc.preamble);
  describe_sections(out, doc.sections);
  return out;
}

std::string describe(const PlanResult& result) {
  std::string out = fmt::format("{} {} [{}] [{}] {} score {}\n", result.format, result.encoding, result.title,
                                result.organisation, result.content_hash, result.score);
  if (result.error) out += describe(*result.error) + '\n';
  for (const RuleResult& r : result.results) {
    out += fmt::format("{} {} {} {} [{}]\n", r.rule, to_string(r.status), to_string(r.severity), r.basis, r.note);
    for (const Finding& f : r.findings) {
      out += fmt::format("  finding [{}] span {} [{}] [{}] [{}]", f.message, f.span, f.section, f.evidence,
                         f.remediation);
      append_location(out, f.location);
      out += '\n';
    }
    for (const Evidence& e : r.evidence) {
      out += fmt::format("  evidence [{}] [{}]", e.section, e.text);
      append_location(out, e.location);
      out += '\n';
    }
  }
  for (const AreaScore& a : result.area_scores) out += fmt::format("area {} {}\n", a.area, a.score);
  for (const OutlineEntry& o : result.outline) out += fmt::format("outline {} [{}] [{}] {}\n", o.depth, o.number, o.title, o.line);
  return out;
}

std::string describe(const ToolError& error) { return error.to_string(Lang::En) + fmt::format(" ({})", to_string(error.kind)); }

void require_same(const std::string& first, const std::string& second, std::string_view what) {
  require(first == second, fmt::format("{}: the same bytes gave different results", what));
}

}  // namespace plancheck::fuzz
