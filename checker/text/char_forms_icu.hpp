// Builds the table of matching forms (NFKC, then traditional→simplified) with ICU. The build runs this
// once, in plancheck-char-forms-gen, and compiles the result into the program (char_forms_table.cpp), so no
// process pays the ≈ 0.2 s it takes; CharForms reads the compiled table.
#pragma once

#include <unicode/normalizer2.h>

#include <cstdint>
#include <string>
#include <vector>

#include "text/char_forms.hpp"

namespace plancheck::text {

constexpr char32_t kCharTableSize = 0x10000;

// The whole table, dense: flags and forms for every code point below U+10000, forms' text in `pool`.
struct CharFormsData {
  std::vector<std::uint8_t> flags;
  std::vector<CharForm> forms;
  std::string pool;
};

CharFormsData compute_char_forms();

// ICU's NFKC normaliser, or null if ICU's data cannot be loaded (then every code point is its own form).
const icu::Normalizer2* nfkc_normalizer();

}  // namespace plancheck::text
