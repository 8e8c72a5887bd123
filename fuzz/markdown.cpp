// Markdown plans: md4c's lines with their source map, then outline recovery and the whole check.
#include "fuzz/invariants.hpp"
#include "fuzz/plan_check.hpp"
#include "fuzz/targets.hpp"
#include "parse/markdown_reader.hpp"
#include "text/utf8.hpp"

namespace plancheck::fuzz {

void fuzz_markdown(std::string_view input) {
  if (text::check_utf8(input).valid(input)) {
    const SourceText source{std::string(input)};
    const parse::MarkdownLines lines = parse::read_markdown_lines(source);
    require_lines(lines.lines, source);
    require(parse::yaml_front_matter_length(input) <= input.size(), "front matter lies inside the text");
    require(text::check_utf8(lines.title).valid(lines.title), "front matter title is valid UTF-8");
  }
  check_plan_bytes(input, "fuzz.md");
}

}  // namespace plancheck::fuzz
