#include "text/normalize.hpp"

#include "text/char_forms.hpp"
#include "text/utf8.hpp"

namespace plancheck::text {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool is_ascii_space(unsigned char b) { return b == ' ' || (b >= 0x09 && b <= 0x0D); }

// Walks the input once, appending normalised characters and folding white space. A space is only
// written when the next visible character shows it is needed (neither neighbour CJK), so folding needs
// no second pass.
class Folder {
 public:
  Folder(std::string_view in, const CharForms& forms) : in_(in), forms_(forms) {
    out_.text.reserve(in.size());
    out_.origin.reserve(in.size() + 1);
  }

  NormalizedText run() {
    std::size_t pos = 0;
    while (pos < in_.size()) {
      pos = static_cast<unsigned char>(in_[pos]) < 0x80 ? ascii(pos) : non_ascii(pos);
    }
    out_.origin.push_back(static_cast<std::uint32_t>(in_.size()));
    return std::move(out_);
  }

 private:
  void space(std::size_t origin) {
    if (!pending_space_) space_origin_ = origin;
    pending_space_ = true;
    starter_in_ = kNone;  // a combining mark after a space has nothing to combine with
  }

  // Appends one visible character's normalised bytes, all mapped to `origin`; returns where they start.
  std::size_t emit(std::string_view bytes, std::size_t origin, bool cjkish) {
    if (pending_space_ && !out_.text.empty() && !prev_cjkish_ && !cjkish) {
      out_.text += ' ';
      out_.origin.push_back(static_cast<std::uint32_t>(space_origin_));
    }
    pending_space_ = false;
    const std::size_t start = out_.text.size();
    out_.text.append(bytes);
    out_.origin.insert(out_.origin.end(), bytes.size(), static_cast<std::uint32_t>(origin));
    prev_cjkish_ = cjkish;
    return start;
  }

  // Normalised text that may itself contain white space (rare: compatibility forms, combining runs).
  void emit_mixed(std::string_view bytes, std::size_t origin, bool cjkish) {
    std::size_t p = 0;
    while (p < bytes.size()) {
      const std::size_t begin = p;
      const auto cp = static_cast<std::uint32_t>(next_code_point(bytes, p));
      const CharForm* f = cp < 0x10000 ? &forms_.form(cp) : nullptr;
      if (f && (f->flags & kSpace)) {
        space(origin);
      } else {
        emit(bytes.substr(begin, p - begin), origin, cjkish || is_cjk(cp) || is_cjk_punctuation(cp));
      }
    }
  }

  std::size_t ascii(std::size_t pos) {
    if (is_ascii_space(static_cast<unsigned char>(in_[pos]))) {
      space(pos);
      return pos + 1;
    }
    std::size_t end = pos + 1;
    while (end < in_.size() && static_cast<unsigned char>(in_[end]) < 0x80 &&
           !is_ascii_space(static_cast<unsigned char>(in_[end]))) {
      ++end;
    }
    const std::size_t start = emit(in_.substr(pos, 1), pos, false);
    out_.text.append(in_.data() + pos + 1, end - pos - 1);
    for (std::size_t i = pos + 1; i < end; ++i) out_.origin.push_back(static_cast<std::uint32_t>(i));
    remember_starter(end - 1, end - pos - 1 + start, false);
    return end;
  }

  void remember_starter(std::size_t in_pos, std::size_t out_pos, bool cjkish) {
    starter_in_ = in_pos;
    starter_out_ = out_pos;
    starter_cjkish_ = cjkish;
  }

  std::size_t non_ascii(std::size_t pos) {
    std::size_t next = pos;
    const char32_t cp = next_code_point(in_, next);
    if (next == pos + 1) {  // not valid UTF-8 (ingest guarantees it is, callers may not)
      remember_starter(pos, emit("\xEF\xBF\xBD", pos, false), false);
      return next;
    }
    if (forms_.joins_previous(cp)) return combining(pos);
    if (cp >= 0x10000) {
      const std::size_t start = out_.text.size();
      emit_mixed(forms_.normalize_sequence(in_.substr(pos, next - pos)), pos, is_cjk(cp));
      remember_starter(pos, start, is_cjk(cp));
      return next;
    }
    const CharForm& f = forms_.form(cp);
    const bool cjkish = (f.flags & kCjkish) != 0;
    if (f.flags & kDelete) return next;
    if (f.flags & kSpace) {
      space(pos);
    } else if (f.flags & kIdentity) {
      remember_starter(pos, emit(in_.substr(pos, next - pos), pos, cjkish), cjkish);
    } else if (f.flags & kHasSpace) {
      emit_mixed(forms_.text(f), pos, cjkish);
      starter_in_ = kNone;
    } else {
      remember_starter(pos, emit(forms_.text(f), pos, cjkish), cjkish);
    }
    return next;
  }

  // Per-code-point NFKC would split "e" + U+0301 or a jamo sequence; re-normalise the last starter
  // together with every mark that follows it, and map the result to the starter.
  std::size_t combining(std::size_t pos) {
    std::size_t end = pos;
    while (end < in_.size()) {
      std::size_t next = end;
      const char32_t cp = next_code_point(in_, next);
      if (next == end + 1 || !forms_.joins_previous(cp)) break;
      end = next;
    }
    std::size_t from = pos;
    bool cjkish = false;
    if (starter_in_ != kNone) {
      from = starter_in_;
      cjkish = starter_cjkish_;
      out_.text.resize(starter_out_);
      out_.origin.resize(starter_out_);
    }
    const std::size_t start = out_.text.size();
    emit_mixed(forms_.normalize_sequence(in_.substr(from, end - from)), from, cjkish);
    remember_starter(from, start, cjkish);
    return end;
  }

  std::string_view in_;
  const CharForms& forms_;
  NormalizedText out_;
  bool pending_space_ = false;
  std::size_t space_origin_ = 0;
  bool prev_cjkish_ = false;
  std::size_t starter_in_ = kNone;   // input offset of the last visible character, for combining marks
  std::size_t starter_out_ = 0;      // where its normalised bytes start in the output
  bool starter_cjkish_ = false;
};

}  // namespace

NormalizedText normalize_for_matching(std::string_view utf8) {
  return Folder(utf8, CharForms::instance()).run();
}

std::string normalized(std::string_view utf8) { return normalize_for_matching(utf8).text; }

}  // namespace plancheck::text
