#include "waivers/glob.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace plancheck::waivers {

namespace {

std::string clean(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\\') c = '/';
  }
  while (out.rfind("./", 0) == 0) out.erase(0, 2);
  return out;
}

// Bytes of the UTF-8 sequence starting at `c`, so `?` consumes a whole Chinese character.
std::size_t sequence_length(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

enum class Token { Literal, One, Star, AnyStar, Folders };

struct Step {
  Token token = Token::Literal;
  char byte = 0;
};

// "**/" (any run of whole folders, or none), "**", "*", "?" and literal bytes.
std::vector<Step> compile(std::string_view p) {
  std::vector<Step> steps;
  for (std::size_t i = 0; i < p.size();) {
    if (p.compare(i, 3, "**/") == 0) {
      steps.push_back({Token::Folders, 0});
      i += 3;
    } else if (p.compare(i, 2, "**") == 0) {
      steps.push_back({Token::AnyStar, 0});
      i += 2;
    } else {
      steps.push_back({p[i] == '*' ? Token::Star : p[i] == '?' ? Token::One : Token::Literal, p[i]});
      i += 1;
    }
  }
  return steps;
}

// A simulation of the pattern as a nondeterministic automaton: the set of pattern steps reachable at each
// byte of the path, so the cost is (path length) × (pattern length) whatever the stars — backtracking over
// stars is exponential in their number. `?` moves up to four bytes ahead, so five rows of states suffice.
class Matcher {
 public:
  Matcher(std::vector<Step> steps, std::string_view s) : steps_(std::move(steps)), s_(s) {
    for (auto& row : rows_) row.assign(steps_.size() + 1, 0);
  }

  // `restart(j)`: whether the pattern may start again at byte j (a folder boundary).
  template <typename Restart>
  bool run(Restart restart) {
    for (std::size_t j = 0; j <= s_.size(); ++j) {
      std::vector<char>& here = row(j);
      if (restart(j)) here[0] = 1;
      close(here);
      if (j == s_.size()) return here[steps_.size()] != 0;
      for (std::size_t i = 0; i < steps_.size(); ++i) {
        if (here[i]) advance(i, j);
      }
      std::fill(here.begin(), here.end(), 0);
    }
    return false;
  }

 private:
  std::vector<char>& row(std::size_t j) { return rows_[j % rows_.size()]; }

  // Every star may match nothing.
  void close(std::vector<char>& states) const {
    for (std::size_t i = 0; i < steps_.size(); ++i) {
      if (states[i] && steps_[i].token != Token::Literal && steps_[i].token != Token::One) states[i + 1] = 1;
    }
  }

  void advance(std::size_t i, std::size_t j) {
    const char c = s_[j];
    switch (steps_[i].token) {
      case Token::Literal:
        if (c == steps_[i].byte) row(j + 1)[i + 1] = 1;
        break;
      case Token::One: {
        const std::size_t n = sequence_length(static_cast<unsigned char>(c));
        if (c != '/' && j + n <= s_.size()) row(j + n)[i + 1] = 1;
        break;
      }
      case Token::Star:
        if (c != '/') row(j + 1)[i] = 1;
        break;
      case Token::AnyStar:
        row(j + 1)[i] = 1;
        break;
      case Token::Folders:
        row(j + 1)[i] = 1;
        if (c == '/') row(j + 1)[i + 1] = 1;
        break;
    }
  }

  std::vector<Step> steps_;
  std::string_view s_;
  std::array<std::vector<char>, 5> rows_;
};

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  const std::string p = clean(pattern);
  const std::string s = clean(path);
  // A pattern not starting with '/' may match from the path's start or after any '/'.
  const bool anywhere = p.empty() || p[0] != '/';
  Matcher m(compile(p), s);
  return m.run([&](std::size_t j) { return j == 0 || (anywhere && s[j - 1] == '/'); });
}

}  // namespace plancheck::waivers
