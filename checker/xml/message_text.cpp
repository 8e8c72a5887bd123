#include "xml/message_text.hpp"

#include <cctype>
#include <regex>
#include <sstream>
#include <vector>

#include "text/utf8.hpp"

namespace plancheck::xml {
namespace {

// One line, no namespace URIs ("{urn:plancheck:plan:1}p" → "p"; a value set "{'a', 'b'}" stays), no
// "[facet ...]" jargon, no trailing full stop.
std::string flatten(std::string_view raw) {
  static const std::regex ns_uri(R"(\{[^{}' ]*\})");
  static const std::regex spaces(R"(\s+)");
  static const std::regex facet(R"(\[facet '[^']*'\] The value)");
  std::string s = std::regex_replace(std::string(raw), ns_uri, "");
  s = std::regex_replace(s, facet, "the value");
  s = std::regex_replace(s, spaces, " ");
  while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

// "p, list, table" → "one of 'p', 'list', 'table'"; "section" → "'section'".
std::string expected_names(const std::string& list) {
  std::istringstream in(list);
  std::string name;
  std::string out;
  int count = 0;
  while (std::getline(in, name, ',')) {
    const auto b = name.find_first_not_of(' ');
    const auto e = name.find_last_not_of(' ');
    if (b == std::string::npos) continue;
    out += (count++ ? ", '" : "'") + name.substr(b, e - b + 1) + "'";
  }
  return count > 1 ? "one of " + out : out;
}

struct Rewrite {
  std::regex pattern;
  const char* format;     // std::regex format; {expected} stands for the expected-names list in group 2
};

const std::vector<Rewrite>& rewrites() {
  static const std::vector<Rewrite> table = {
      {std::regex(R"(^Element '([^']+)': This element is not expected\. Expected is (?:one of )?\( (.*) \)$)"),
       "element '$1' is not expected; expected {expected}"},
      {std::regex(R"(^Element '([^']+)': This element is not expected$)"), "element '$1' is not expected here"},
      {std::regex(R"(^Element '([^']+)': Missing child element\(s\)\. Expected is (?:one of )?\( (.*) \)$)"),
       "element '$1' is incomplete; expected {expected}"},
      {std::regex(R"(^Element '([^']+)': The attribute '([^']+)' is required but missing$)"),
       "element '$1' lacks the required attribute '$2'"},
      {std::regex(R"(^Element '([^']+)', attribute '([^']+)': The attribute '[^']+' is not allowed$)"),
       "element '$1' does not allow the attribute '$2'"},
      {std::regex(R"(^Element '([^']+)': No matching global declaration available for the validation root$)"),
       "root element '$1' is not declared by the schema (wrong namespace?)"},
      {std::regex(R"(^Element '([^']+)': Character content other than whitespace is not allowed.*$)"),
       "element '$1' may not contain text"},
  };
  return table;
}

// libxml2 quotes the text around an error cut at a byte count, which can split a Chinese character; the
// message must stay valid UTF-8 for every report, so the bytes of a split character are left out.
std::string whole_characters(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t len = text::utf8_sequence_length(s, pos);
    if (len > 0) out.append(s, pos, len);
    pos += len > 0 ? len : 1;
  }
  return out;
}

}  // namespace

std::string tidy_message(std::string_view raw) {
  std::string s = flatten(whole_characters(raw));
  for (const Rewrite& r : rewrites()) {
    std::smatch m;
    if (!std::regex_match(s, m, r.pattern)) continue;
    std::string out = m.format(r.format);
    const auto at = out.find("{expected}");
    if (at != std::string::npos) out.replace(at, 10, expected_names(m[2].str()));
    return out;
  }
  const auto set = s.find("is not an element of the set");
  if (set != std::string::npos) s.replace(set, 28, "is not one of");
  // libxml2 capitalises its messages; ours start in lower case like compiler diagnostics.
  if (!s.empty() && s.compare(0, 8, "Element ") == 0) s[0] = 'e';
  else if (s.size() > 1 && std::isupper(static_cast<unsigned char>(s[0])) &&
           std::islower(static_cast<unsigned char>(s[1]))) {
    s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  }
  return s;
}

}  // namespace plancheck::xml
