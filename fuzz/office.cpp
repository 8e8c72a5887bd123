// Word, OpenDocument and PDF files: the container reader (twice: same outcome, same document), the
// document's invariants, then the whole check on the same bytes as `plancheck check` would run it.
#include "batch/check_plan.hpp"
#include "fuzz/context.hpp"
#include "fuzz/invariants.hpp"
#include "fuzz/targets.hpp"
#include "office/office_reader.hpp"

namespace plancheck::fuzz {

void fuzz_office(std::string_view input) {
  const std::string path = "fuzz.docx";  // the reader goes by the bytes; the name is only quoted in errors
  const std::optional<Result<Document>> doc = office::read_office(input, path);
  const std::optional<Result<Document>> again = office::read_office(input, path);
  require(doc.has_value() == again.has_value(), "recognising the same bytes twice: same container");
  if (!doc || !again) return;  // not Word, OpenDocument or PDF: the text targets read such bytes
  require(doc->ok() == again->ok(), "reading the same container twice: same outcome");
  if (!doc->ok()) {
    require_error(doc->error(), {}, "office container");
    if (!again->ok()) require_same(describe(doc->error()), describe(again->error()), "office error");
    return;
  }
  require(doc->value().source != nullptr, "an office document has its extracted text as source");
  if (!doc->value().source) return;
  require_document(doc->value());
  require_same(describe(doc->value()), describe(again->value()), "office document");

  batch::CheckOptions options;
  options.plan_schema = context().plan_schema.get();
  options.waivers.today = "2026-01-01";
  options.as_of = "2026-01-01";
  options.force = true;  // the whole pipeline runs on any text, plan-like or not
  const PlanResult result = batch::check_bytes(path, input, context().rulesets, options);
  const PlanResult second = batch::check_bytes(path, input, context().rulesets, options);
  require(!result.error, "a container read once is checked without error");
  require_plan_result(result, doc->value());
  require_same(describe(result), describe(second), "checked office plan");
}

}  // namespace plancheck::fuzz
