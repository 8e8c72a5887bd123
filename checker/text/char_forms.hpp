// The matching form of each code point (NFKC, then traditional→simplified), computed when plancheck is built.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck::text {

// What normalisation does with one code point.
enum CharFlag : std::uint8_t {
  kIdentity = 1,        // the normalised form is the code point itself
  kSpace = 2,           // white space (after NFKC): takes part in space folding
  kDelete = 4,          // default-ignorable (ZWSP, ZWJ, soft hyphen, BOM, variation selectors): dropped
  kCjkish = 8,          // a Han character or CJK punctuation, before or after normalisation
  kJoinsPrevious = 16,  // NFKC may combine it with the preceding character (combining marks, jamo)
  kHasSpace = 32,       // the normalised form mixes white space with other characters
};

struct CharForm {
  std::uint32_t offset = 0;  // into the table's UTF-8 pool
  std::uint32_t length = 0;  // bytes
};

class CharForms {
 public:
  // Laid out from the compiled table on first use under std::call_once; read-only (hence thread-safe) afterwards.
  static const CharForms& instance();

  // Only for code points below U+10000; others go through normalize_sequence(). Flags live in their own
  // 64 KB array so the per-character test stays in cache; most characters never need their form.
  std::uint8_t flags(char32_t cp) const { return flags_[cp]; }
  const CharForm& form(char32_t cp) const { return forms_[cp]; }
  std::string_view text(const CharForm& f) const { return std::string_view(pool_).substr(f.offset, f.length); }

  // NFKC of a whole sequence (a starter and its combining marks, or a supplementary character), then the
  // per-character traditional→simplified mapping of the table.
  std::string normalize_sequence(std::string_view utf8) const;
  // Whether NFKC may combine `cp` with what precedes it (any code point).
  bool joins_previous(char32_t cp) const;

 private:
  CharForms();
  std::vector<std::uint8_t> flags_;
  std::vector<CharForm> forms_;
  std::string pool_;
};

}  // namespace plancheck::text
