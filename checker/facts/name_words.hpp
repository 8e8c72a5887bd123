// The words organisations' names are recognised by. Shared by the organisation-name facts and by
// plancheck-name-words-gen, which compiles their Hyperscan database at build time, so no run of plancheck
// pays for compiling it (half the start-up of a one-plan check, bench/README.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck::facts::own_detail {

// Words organisations' names end with: strong_units() name an organisation on their own (宏达机械有限公司),
// place_units() only after a place name (滨江市卫生健康委员会).
const std::vector<std::u32string>& strong_units();
const std::vector<std::u32string>& place_units();
// Verbs and function words a name never contains: it starts after the last of them.
const std::vector<std::u32string>& cut_words();

// The three lists as one list of UTF-8 literals, for one Hyperscan index.
struct NameWordList {
  enum Kind : std::uint8_t { Strong = 1, Place = 2, Cut = 4 };
  std::vector<std::string> literals;  // the strong units, then the place units, then the cut words
  std::vector<std::uint8_t> kinds;    // per literal: the list it comes from
  std::vector<std::uint8_t> length;   // per literal: its code points
};
NameWordList name_word_list();

// The index of name_word_list().literals as text::LiteralIndex::save() wrote it at build time, compiled for
// any x86-64 CPU (name_words_db.cpp in the build folder, made by plancheck-name-words-gen).
std::string_view saved_name_words();

}  // namespace plancheck::facts::own_detail
