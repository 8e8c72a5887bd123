// Names made from test data for what takes only some characters: the scratch folders of test_folder.hpp.
#pragma once

#include <string>
#include <string_view>

namespace plancheck::testing {

// `text` with only A-Z a-z 0-9 and '_', as GoogleTest takes for a case's name: each run of other characters
// (spaces, punctuation, '/', the bytes of a Chinese character) becomes one '_', none at either end.
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

}  // namespace plancheck::testing
