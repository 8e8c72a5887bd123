#include "text/normalize.hpp"

#include <algorithm>
#include <cstring>

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
  Folder(std::string_view in, const CharForms& forms) : in_(in), forms_(forms) { out_.text.resize(in.size() + 16); }

  NormalizedText run() {
    std::size_t pos = 0;
    while (pos < in_.size()) {
      pos = static_cast<unsigned char>(in_[pos]) < 0x80 ? ascii(pos) : non_ascii(pos);
    }
    out_.text.resize(size_);
    out_.origin_runs.push_back({static_cast<std::uint32_t>(size_), static_cast<std::uint32_t>(in_.size()), 1});
    return std::move(out_);
  }

 private:
  void space(std::size_t origin) {
    if (!pending_space_) space_origin_ = origin;
    pending_space_ = true;
    starter_in_ = kNone;  // a combining mark after a space has nothing to combine with
  }

  // The output is written through a pre-sized buffer rather than push_back: this loop is the hot path
  // of the whole product. NFKC rarely expands (㍻ → 平成), so growth is the exception. The bytes come from
  // input characters of `width` bytes each from `origin` on, in step (NormalizedText::OriginRun); they
  // continue the last run when that run has their width and its step reaches `origin` here.
  void put(const char* bytes, std::size_t n, std::size_t origin, std::size_t width) {
    if (n == 0) return;
    if (size_ + n > out_.text.size()) out_.text.resize(2 * (size_ + n));
    std::memcpy(out_.text.data() + size_, bytes, n);
    std::vector<NormalizedText::OriginRun>& runs = out_.origin_runs;
    if (runs.empty() || runs.back().width != width || runs.back().orig + (size_ - runs.back().norm) != origin) {
      runs.push_back({static_cast<std::uint32_t>(size_), static_cast<std::uint32_t>(origin), static_cast<std::uint32_t>(width)});
    }
    size_ += n;
  }

  // Drops the output from `size` on (a starter re-normalised with the marks after it).
  void truncate(std::size_t size) {
    size_ = size;
    std::vector<NormalizedText::OriginRun>& runs = out_.origin_runs;
    while (!runs.empty() && runs.back().norm >= size_) runs.pop_back();
  }

  // Appends visible characters' normalised bytes; returns where they start. By default they are one
  // character's, all mapped to `origin`; `width` 1 or 3 says they are characters of that many bytes copied
  // as they are from `origin` on.
  std::size_t emit(std::string_view bytes, std::size_t origin, bool cjkish, std::size_t width = 0) {
    if (pending_space_ && size_ > 0 && !prev_cjkish_ && !cjkish) put(" ", 1, space_origin_, 1);
    pending_space_ = false;
    const std::size_t start = size_;
    put(bytes.data(), bytes.size(), origin, width == 0 ? bytes.size() : width);
    prev_cjkish_ = cjkish;
    return start;
  }

  // Normalised text that may itself contain white space (rare: compatibility forms, combining runs).
  void emit_mixed(std::string_view bytes, std::size_t origin, bool cjkish) {
    std::size_t p = 0;
    while (p < bytes.size()) {
      const std::size_t begin = p;
      const auto cp = static_cast<std::uint32_t>(next_code_point(bytes, p));
      if (cp < 0x10000 && (forms_.flags(cp) & kSpace)) {
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
    emit(in_.substr(pos, end - pos), pos, false, 1);
    remember_starter(end - 1, size_ - 1, false);
    return end;
  }

  void remember_starter(std::size_t in_pos, std::size_t out_pos, bool cjkish) {
    starter_in_ = in_pos;
    starter_out_ = out_pos;
    starter_cjkish_ = cjkish;
  }

  // Most of a plan is runs of Han characters and CJK punctuation that normalise to themselves; copying
  // such a run in one go roughly doubles throughput.
  std::size_t plain_cjk_run(std::size_t pos) const {
    std::size_t end = pos;
    while (end + 3 <= in_.size()) {
      const auto b0 = static_cast<unsigned char>(in_[end]);
      const auto b1 = static_cast<unsigned char>(in_[end + 1]);
      const auto b2 = static_cast<unsigned char>(in_[end + 2]);
      // E1..EC leads have no special second-byte range, so two continuation bytes make a valid character.
      if (b0 < 0xE1 || b0 > 0xEC || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) break;
      const char32_t cp = (char32_t{b0} & 0x0F) << 12 | (char32_t{b1} & 0x3F) << 6 | (char32_t{b2} & 0x3F);
      if (forms_.flags(cp) != (kIdentity | kCjkish)) break;
      end += 3;
    }
    return end;
  }

  std::size_t non_ascii(std::size_t pos) {
    const std::size_t run_end = plain_cjk_run(pos);
    if (run_end > pos) {
      emit(in_.substr(pos, run_end - pos), pos, true, 3);
      remember_starter(run_end - 3, size_ - 3, true);
      return run_end;
    }
    std::size_t next = pos;
    const char32_t cp = next_code_point(in_, next);
    if (next == pos + 1) {  // not valid UTF-8 (ingest guarantees it is, callers may not)
      remember_starter(pos, emit("\xEF\xBF\xBD", pos, false), false);
      return next;
    }
    if (cp >= 0x10000) {
      if (forms_.joins_previous(cp)) return combining(pos);
      const std::size_t start = size_;
      emit_mixed(forms_.normalize_sequence(in_.substr(pos, next - pos)), pos, is_cjk(cp));
      remember_starter(pos, start, is_cjk(cp));
      return next;
    }
    const std::uint8_t flags = forms_.flags(cp);
    const bool cjkish = (flags & kCjkish) != 0;
    if (flags & kJoinsPrevious) return combining(pos);
    if (flags & kDelete) return next;
    if (flags & kSpace) {
      space(pos);
    } else if (flags & kIdentity) {
      remember_starter(pos, emit(in_.substr(pos, next - pos), pos, cjkish), cjkish);
    } else if (flags & kHasSpace) {
      emit_mixed(forms_.text(forms_.form(cp)), pos, cjkish);
      starter_in_ = kNone;
    } else {
      remember_starter(pos, emit(forms_.text(forms_.form(cp)), pos, cjkish), cjkish);
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
      truncate(starter_out_);
    }
    const std::size_t start = size_;
    emit_mixed(forms_.normalize_sequence(in_.substr(from, end - from)), from, cjkish);
    remember_starter(from, start, cjkish);
    return end;
  }

  std::string_view in_;
  const CharForms& forms_;
  NormalizedText out_;
  std::size_t size_ = 0;  // bytes of out_ in use
  bool pending_space_ = false;
  std::size_t space_origin_ = 0;
  bool prev_cjkish_ = false;
  std::size_t starter_in_ = kNone;   // input offset of the last visible character, for combining marks
  std::size_t starter_out_ = 0;      // where its normalised bytes start in the output
  bool starter_cjkish_ = false;
};

}  // namespace

std::size_t NormalizedText::origin_of(std::size_t norm_offset) const {
  if (origin_runs.empty()) return 0;
  const OriginRun& end = origin_runs.back();
  if (norm_offset >= end.norm) return end.orig;
  const auto after = std::upper_bound(origin_runs.begin(), origin_runs.end(), norm_offset,
                                      [](std::size_t at, const OriginRun& r) { return at < r.norm; });
  const OriginRun& run = *(after - 1);  // the first run starts at 0, so `after` is not the first
  const std::size_t k = norm_offset - run.norm;
  return run.orig + k - k % run.width;
}

NormalizedText normalize_for_matching(std::string_view utf8) {
  return Folder(utf8, CharForms::instance()).run();
}

std::string normalized(std::string_view utf8) { return normalize_for_matching(utf8).text; }

}  // namespace plancheck::text
