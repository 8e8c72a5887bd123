// Names made from test data, for what GoogleTest and the file system take: the cases of a value-parameterised
// test (INSTANTIATE_TEST_SUITE_P's name generator) and the scratch folders of test_folder.hpp.
//
// CTest names each test after its GoogleTest name alone (NO_PRETTY_VALUES in tests/CMakeLists.txt). It used to
// append what GoogleTest prints of the parameter, and a struct with no printer of its own printed as its raw
// bytes ("72-byte object <40-00 4D-04 …>", pointers included), so names changed from build to build. A case
// named by its number alone is stable but says nothing: a name generator says what the case is about.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace plancheck::testing {

// `text` with only A-Z a-z 0-9 and '_', as GoogleTest takes for a case's name: each run of other characters
// (spaces, punctuation, '/', the bytes of a Chinese character) becomes one '_', none at either end. Different
// texts can give the same name; cases that may collide are named by numbered_name.
inline std::string identifier(std::string_view text) {
  std::string name;
  bool gap = false;
  for (const char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (gap && !name.empty()) name += '_';
      gap = false;
      name += c;
    } else {
      gap = true;
    }
  }
  return name;
}

// The case's number in its suite, which keeps the name unique, then `hint` made an identifier when anything of
// it is left (a Chinese text leaves nothing, and the number alone names that case).
inline std::string numbered_name(std::size_t index, std::string_view hint) {
  const std::string rest = identifier(hint);
  return rest.empty() ? std::to_string(index) : std::to_string(index) + "_" + rest;
}

// `words` one after another, a space between: the hint for a case that is a command line.
template <typename Words>
std::string joined(const Words& words) {
  std::string text;
  for (const auto& word : words) text += (text.empty() ? "" : " ") + std::string(word);
  return text;
}

}  // namespace plancheck::testing
