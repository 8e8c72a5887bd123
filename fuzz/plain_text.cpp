// Plain text as pasted from Word or PDF: its lines, outline recovery on them, then the whole check.
#include "fuzz/invariants.hpp"
#include "fuzz/plan_check.hpp"
#include "fuzz/targets.hpp"
#include "parse/outline_recovery.hpp"
#include "parse/plain_text_reader.hpp"
#include "text/utf8.hpp"

namespace plancheck::fuzz {

void fuzz_plain_text(std::string_view input) {
  if (text::check_utf8(input).valid(input)) {
    auto source = std::make_shared<const SourceText>(std::string(input));
    std::vector<parse::SourceLine> lines = parse::read_plain_text_lines(*source);
    require_lines(lines, *source);
    for (const parse::SourceLine& l : lines) {
      require(!parse::is_page_number_line(l.text), "page-number lines are dropped");
    }
    Document doc;
    doc.path = "fuzz.txt";
    doc.source = source;
    Document again = doc;
    parse::recover_outline(lines, *source, doc);
    parse::recover_outline(std::move(lines), *source, again);
    require_document(doc);
    require_same(describe(doc), describe(again), "recovered outline");
  }
  check_plan_bytes(input, "fuzz.txt");
}

}  // namespace plancheck::fuzz
