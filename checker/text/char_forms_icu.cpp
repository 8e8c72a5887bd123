#include "text/char_forms_icu.hpp"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

#include "text/utf8.hpp"

namespace plancheck::text {

const icu::Normalizer2* nfkc_normalizer() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  return U_SUCCESS(status) ? n : nullptr;
}

namespace {

bool is_han_block(char32_t cp) { return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF); }

// Traditional→simplified for every BMP Han character, from ONE run of ICU's transliterator over all of
// them separated by line breaks: running it per character or per document would be far too slow. The
// separators stop its multi-character context rules (乾隆 keeps 乾, 著名 keeps 著) from firing, so each
// character gets its default mapping. That is an accepted approximation: patterns and plans are folded
// the same way, so a matching pattern still matches.
std::vector<std::u16string> simplified_han() {
  std::vector<std::u16string> out(kCharTableSize);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !t) return out;
  icu::UnicodeString all;
  for (char32_t cp = 0x3400; cp < kCharTableSize; ++cp) {
    if (!is_han_block(cp)) continue;
    all.append(static_cast<UChar32>(cp)).append(static_cast<UChar>(u'\n'));
  }
  t->transliterate(all);
  char32_t cp = 0x3400;
  std::u16string piece;
  for (int32_t i = 0; i < all.length() && cp < kCharTableSize; ++i) {
    const UChar u = all.charAt(i);
    if (u != u'\n') {
      piece += u;
      continue;
    }
    while (!is_han_block(cp)) ++cp;
    out[cp++] = piece;
    piece.clear();
  }
  return out;
}

bool any_cjkish(const icu::UnicodeString& s) {
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    const auto c = static_cast<char32_t>(s.char32At(i));
    if (is_cjk(c) || is_cjk_punctuation(c)) return true;
  }
  return false;
}

std::uint8_t space_flags(const icu::UnicodeString& s) {
  int spaces = 0;
  int others = 0;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    (u_isUWhiteSpace(s.char32At(i)) ? spaces : others)++;
  }
  if (spaces > 0 && others == 0) return kSpace;
  return spaces > 0 ? kHasSpace : 0;
}

icu::UnicodeString simplify(const icu::UnicodeString& s, const std::vector<std::u16string>& han) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    const UChar32 c = s.char32At(i);
    const bool mapped = c < static_cast<UChar32>(kCharTableSize) && !han[static_cast<std::size_t>(c)].empty();
    if (mapped) {
      const std::u16string& m = han[static_cast<std::size_t>(c)];
      out.append(m.data(), static_cast<int32_t>(m.size()));
    } else {
      out.append(c);
    }
  }
  return out;
}

std::uint8_t describe(char32_t cp, const icu::UnicodeString& normal, const icu::Normalizer2& n) {
  const auto c = static_cast<UChar32>(cp);
  std::uint8_t flags = space_flags(normal);
  // Full-width letters and digits sit in the CJK punctuation block but are Latin once folded: a space
  // next to them is a word separator (ＡＢＣ ｄｅｆ → ABC def).
  if (is_cjk(cp) || (is_cjk_punctuation(cp) && !u_isalnum(c)) || any_cjkish(normal)) flags |= kCjkish;
  if (!n.hasBoundaryBefore(c)) flags |= kJoinsPrevious;
  if (normal.length() == U16_LENGTH(c) && normal.char32At(0) == c) flags |= kIdentity;
  return flags;
}

}  // namespace

CharFormsData compute_char_forms() {
  CharFormsData data;
  data.flags.resize(kCharTableSize);
  data.forms.resize(kCharTableSize);
  const icu::Normalizer2* n = nfkc_normalizer();
  const std::vector<std::u16string> han = simplified_han();
  for (char32_t cp = 0; cp < kCharTableSize; ++cp) {
    const auto c = static_cast<UChar32>(cp);
    std::uint8_t& flags = data.flags[cp];
    if ((cp >= 0xD800 && cp <= 0xDFFF) || !n) {
      flags = kIdentity;
    } else if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) {
      flags = kDelete;
    } else {
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString normal = simplify(n->normalize(icu::UnicodeString(c), status), han);
      flags = describe(cp, normal, *n);
      if (flags & kIdentity) continue;
      std::string utf8;
      normal.toUTF8String(utf8);
      data.forms[cp] = CharForm{static_cast<std::uint32_t>(data.pool.size()), static_cast<std::uint32_t>(utf8.size())};
      data.pool += utf8;
    }
  }
  return data;
}

}  // namespace plancheck::text
