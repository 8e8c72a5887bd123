// The lines before a plan's first heading: an issuing notice (发文字号, 主送, 正文, 落款) as front matter,
// the plan's own title, and the preamble text after it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "parse/source_line.hpp"

namespace plancheck::parse {

struct HeadSplit {
  std::vector<std::size_t> front_matter;  // indices of notice lines
  std::optional<std::size_t> title;       // index of the plan's title line
  bool title_two_lines = false;           // the title goes on in the next line (an organisation's name, then
                                          // "网络安全事件应急预案")
  std::vector<std::size_t> preamble;      // indices of plan text before the first heading
};

// An organisation's name alone on a line: the first line of a title set on two ("某某集团有限公司" over
// "网络安全事件应急预案").
bool names_an_organisation(const SourceLine& line);

// A line only an issuing notice has: its document number, its title, or the words that hand the plan on.
// The words are compared in the normalised text, so that a notice in traditional characters (現印發給你們，
// 請遵照執行) is one too.
bool is_notice_line(std::string_view line);

// A 发文字号 inside `text`: 忻开党发〔2023〕7号, 工信部网安[2017]281号; "" when there is none.
std::string find_document_number(std::string_view text);

// Splits the lines [0, count) that come before the first heading, and fills the notice's document
// number, issuer and date into `metadata`.
// `single_h1` as for looks_like_plan_title.
HeadSplit split_head(const std::vector<SourceLine>& lines, std::size_t count, bool single_h1, Metadata& metadata);

}  // namespace plancheck::parse
