#include "fuzz/plan_check.hpp"

#include <fmt/format.h>

#include "batch/check_plan.hpp"
#include "fuzz/context.hpp"
#include "fuzz/invariants.hpp"
#include "parse/parse.hpp"
#include "text/ingest.hpp"
#include "text/utf8.hpp"

namespace plancheck::fuzz {

void check_plan_bytes(std::string_view bytes, const std::string& path) {
  const Context& c = context();
  Result<text::DecodedText> decoded = text::decode_bytes(bytes, path);
  if (!decoded) {
    require_error(decoded.error(), bytes, "decoding");
    return;
  }
  parse::ParseOptions options;
  options.plan_schema = c.plan_schema.get();
  Result<Document> doc = parse::parse_document(path, decoded.value(), options);
  Result<Document> again = parse::parse_document(path, decoded.value(), options);
  require(doc.ok() == again.ok(), "parsing the same bytes twice: same outcome");
  if (!doc) {
    require_error(doc.error(), decoded.value().utf8, "parsing");
    if (!again.ok()) require_same(describe(doc.error()), describe(again.error()), "parse error");
    return;
  }
  require_document(doc.value());
  require_same(describe(doc.value()), describe(again.value()), "parsed document");

  batch::CheckOptions check_options;
  check_options.plan_schema = c.plan_schema.get();
  check_options.waivers.today = "2026-01-01";
  // Whether the text looks like a plan or not, the whole pipeline runs (not-a-plan is decided on it alone).
  check_options.force = true;
  const PlanResult result = batch::check_decoded(path, decoded.value(), c.rulesets, check_options);
  const PlanResult second = batch::check_decoded(path, decoded.value(), c.rulesets, check_options);
  require_plan_result(result, doc.value());
  require_same(describe(result), describe(second), "checked plan");
}

void require_lines(const std::vector<parse::SourceLine>& lines, const SourceText& source) {
  const std::string_view all = source.text();
  for (const parse::SourceLine& line : lines) {
    require(text::check_utf8(line.text).valid(line.text), "a line's text is valid UTF-8");
    require(line.offset <= all.size(), "a line starts inside the source");
    for (const Segment& s : line.segments) {
      const bool inside = std::size_t{s.text_offset} + s.length <= line.text.size() &&
                          std::size_t{s.source_offset} + s.length <= all.size();
      require(inside, "a line segment lies inside its text and the source");
      if (inside) {
        require(std::string_view(line.text).substr(s.text_offset, s.length) == all.substr(s.source_offset, s.length),
                "a line segment equals the source bytes it maps to");
      }
    }
  }
}

std::optional<Document> parse_plan(std::string_view bytes, const std::string& path) {
  Result<text::DecodedText> decoded = text::decode_bytes(bytes, path);
  if (!decoded) return std::nullopt;
  parse::ParseOptions options;
  options.plan_schema = context().plan_schema.get();
  Result<Document> doc = parse::parse_document(path, decoded.take(), options);
  if (!doc) return std::nullopt;
  return doc.take();
}

void require_ref(const Document& doc, const facts::Passages& passages, const facts::TextRef& ref,
                 std::string_view what) {
  if (!ref.known) return;
  require(ref.passage < passages.items.size(), fmt::format("{}: the passage exists", what));
  if (ref.passage >= passages.items.size()) return;
  const facts::Passage& p = passages.items[ref.passage];
  require(ref.span.begin <= ref.span.end && ref.span.end <= p.norm.text.size(),
          fmt::format("{}: span {}..{} inside the passage's {} bytes", what, ref.span.begin, ref.span.end,
                      p.norm.text.size()));
  require_location(*doc.source, facts::locate(doc, p, ref.span.begin), what);
  const Evidence evidence = facts::evidence_for(doc, p, ref.span);
  require(p.original.find(without_cut_marks(evidence.text)) != std::string::npos,
          fmt::format("{}: the evidence is quoted from the passage", what));
}

}  // namespace plancheck::fuzz
