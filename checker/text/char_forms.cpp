#include "text/char_forms.hpp"

#include <unicode/unistr.h>

#include <mutex>

#include "text/char_forms_icu.hpp"
#include "text/char_forms_table.hpp"
#include "text/utf8.hpp"

namespace plancheck::text {


const CharForms& CharForms::instance() {
  static std::once_flag once;
  static const CharForms* forms = nullptr;
  std::call_once(once, [] { forms = new CharForms(); });  // never destroyed: other statics may still use it
  return *forms;
}

// The table was computed with ICU when plancheck was built (char_forms_icu.cpp); this only lays it out.
CharForms::CharForms()
    : flags_(kCharFlags, kCharFlags + kCharFlagCount),
      forms_(kCharTableSize),
      pool_(reinterpret_cast<const char*>(kCharFormPool), kCharFormPoolSize) {
  for (std::size_t i = 0; i < kCharFormEntryCount; ++i) {
    const CharFormEntry& e = kCharFormEntries[i];
    forms_[e.cp] = CharForm{e.offset, e.length};
  }
}

bool CharForms::joins_previous(char32_t cp) const {
  if (cp < kCharTableSize) return (flags_[cp] & kJoinsPrevious) != 0;
  const icu::Normalizer2* n = nfkc_normalizer();
  return n && !n->hasBoundaryBefore(static_cast<UChar32>(cp));
}

std::string CharForms::normalize_sequence(std::string_view utf8) const {
  const icu::Normalizer2* n = nfkc_normalizer();
  const icu::UnicodeString input = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString normal = n ? n->normalize(input, status) : input;
  std::string out;
  for (int32_t i = 0; i < normal.length(); i = normal.moveIndex32(i, 1)) {
    const auto c = static_cast<char32_t>(normal.char32At(i));
    const std::uint8_t f = c < kCharTableSize ? flags_[c] : std::uint8_t{kIdentity};
    if (f & kDelete) continue;
    if ((f & (kIdentity | kSpace)) == 0) {
      out += text(forms_[c]);
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

}  // namespace plancheck::text
