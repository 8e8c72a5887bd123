// Small questions about one line of UTF-8 plan text: white space, sentence ends, length in code points.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace plancheck::parse {

// ASCII white space, NBSP, the ideographic space and other Unicode spaces Word and PDF exports leave.
bool is_space_code_point(char32_t cp);

// `s` without leading and trailing white space (see is_space_code_point).
std::string_view trim_text(std::string_view s);

// Bytes of leading / trailing white space in `s`.
std::size_t leading_space_bytes(std::string_view s);
std::size_t trailing_space_bytes(std::string_view s);

// `s` with every white space code point removed ("目 录" → "目录").
std::string without_spaces(std::string_view s);

// Whether `s` has at most `n` code points that are not white space. Stops reading at the (n+1)th, so
// recognisers of short lines (目录, dates, page numbers) can turn prose away without copying it.
bool at_most_visible(std::string_view s, std::size_t n);

char32_t first_code_point(std::string_view s);  // 0 when empty
char32_t last_code_point(std::string_view s);   // 0 when empty

// Ends with 。！？；：… (full- or half-width), optionally followed by closing quotes or brackets:
// the line ends a sentence, so the next line does not continue it.
bool ends_sentence(std::string_view s);

// Ends with a mark that announces more of the same sentence (、，《（ and the like).
bool ends_mid_sentence(std::string_view s);

// Contains a full stop or semicolon before its end: more than one clause, so a sentence, not a title.
bool has_inner_sentence_break(std::string_view s);

// A date line as a notice's 落款 writes it: 2023年2月8日, 二〇二三年二月八日 (white space ignored).
bool is_date_line(std::string_view s);
// A month alone, as a cover page dates a plan: "二〇二六年三月", "2026年3月".
bool is_year_month_line(std::string_view s);

std::size_t code_points(std::string_view s);

// `s` without its last code point ("" stays "").
std::string_view drop_last_code_point(std::string_view s);

// Whether any of `words` occurs in `s`.
bool contains_any(std::string_view s, std::initializer_list<std::string_view> words);

}  // namespace plancheck::parse
