// Shared by the files of the own-organisation facts (own_organisation.cpp: where the plan's name is read;
// organisation_mentions.cpp: what an organisation's name looks like; same_organisation.cpp: which names
// are the same organisation). Not part of the facts' interface.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck::facts::own_detail {

// A normalised text as code points with the byte offset of each (and of the end).
struct CodePoints {
  std::u32string cps;
  std::vector<std::uint32_t> at;  // at[i]: byte offset of cps[i]; at[size]: the end
};

CodePoints decode(std::string_view s);
// The same into `out`, whose buffers are reused.
void decode_into(std::string_view s, CodePoints& out);
std::u32string u32(std::string_view s);
bool ends_with(std::u32string_view s, std::size_t end, std::u32string_view w);

// Characters that end a place name (省, 市, 县, 区, 州, 旗).
bool is_place_char(char32_t cp);
// The longest unit word `name` ends with (at `end`) among `units` (0 when none).
std::size_t unit_length(std::u32string_view name, std::size_t end, const std::vector<std::u32string>& units);
// A place name within the first characters of s[begin, unit_begin).
bool starts_with_place(std::u32string_view s, std::size_t begin, std::size_t unit_begin);
// The name `norm` is, when it is only a name (a 落款 line, a title line): trailing date and spaces dropped;
// "" when it is not.
std::string name_line(std::string_view norm);

}  // namespace plancheck::facts::own_detail
