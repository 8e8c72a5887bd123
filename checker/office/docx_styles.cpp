#include "office/docx_styles.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "office/office_xml.hpp"

namespace plancheck::office {

namespace {

constexpr int kMaxChain = 16;  // basedOn chains are short; a cycle must not loop forever

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The trailing digit 1..9 of `name` after `prefix` and optional spaces, 0 if `name` is not prefix + digit.
int level_after(std::string_view name, std::string_view prefix) {
  if (name.substr(0, prefix.size()) != prefix) return 0;
  std::string_view rest = name.substr(prefix.size());
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.size() != 1 || rest[0] < '1' || rest[0] > '9') return 0;
  return rest[0] - '0';
}

}  // namespace

int heading_level_of_name(const std::string& name) {
  const std::string lower = lower_ascii(name);
  for (std::string_view prefix : {"heading", "标题", "標題", "überschrift", "titre", "titolo", "kop"}) {
    if (const int level = level_after(lower, prefix)) return level;
  }
  return 0;
}

DocxStyles::DocxStyles(pugi::xml_node root) {
  for (pugi::xml_node s = root.first_child(); s; s = s.next_sibling()) {
    if (!is(s, "style") || attr(s, "type") != "paragraph") continue;
    const std::string id(attr(s, "styleId"));
    Style style;
    style.name = std::string(attr(child(s, "name"), "val"));
    style.based_on = std::string(attr(child(s, "basedOn"), "val"));
    const pugi::xml_node ppr = child(s, "pPr");
    if (pugi::xml_node o = child(ppr, "outlineLvl")) style.outline_level = to_int(attr(o, "val"));
    if (pugi::xml_node n = child(ppr, "numPr")) {
      StyleNumbering numbering;
      numbering.num_id = std::string(attr(child(n, "numId"), "val"));
      if (pugi::xml_node i = child(n, "ilvl")) numbering.ilvl = to_int(attr(i, "val"));
      numbering.style_id = id;
      style.numbering = numbering;
    }
    if (pugi::xml_node b = child(child(s, "rPr"), "b")) style.bold = on(b);
    if (attr(s, "default") == "1" || attr(s, "default") == "true") default_ = id;
    styles_[id] = std::move(style);
  }
}

const DocxStyles::Style* DocxStyles::find(const std::string& id) const {
  const auto it = styles_.find(id);
  return it == styles_.end() ? nullptr : &it->second;
}

int DocxStyles::heading_level(const std::string& style_id) const {
  const Style* s = find(style_id);
  for (int n = 0; s && n < kMaxChain; ++n, s = find(s->based_on)) {
    if (s->outline_level) return *s->outline_level >= 0 && *s->outline_level < 9 ? *s->outline_level + 1 : 0;
    if (const int level = heading_level_of_name(s->name)) return level;
  }
  // Styles missing from styles.xml may still carry the built-in id.
  return s ? 0 : heading_level_of_name(style_id);
}

std::optional<StyleNumbering> DocxStyles::numbering(const std::string& style_id) const {
  const Style* s = find(style_id);
  for (int n = 0; s && n < kMaxChain; ++n, s = find(s->based_on)) {
    if (s->numbering) return s->numbering;
  }
  return std::nullopt;
}

bool DocxStyles::is_toc(const std::string& style_id) const {
  const Style* s = find(style_id);
  const std::string name = lower_ascii(s ? s->name : style_id);
  return level_after(name, "toc") > 0 || level_after(name, "目录") > 0 || level_after(name, "目錄") > 0 ||
         name == "toc heading" || lower_ascii(style_id).rfind("toc", 0) == 0;
}

bool DocxStyles::bold(const std::string& style_id) const {
  const Style* s = find(style_id);
  for (int n = 0; s && n < kMaxChain; ++n, s = find(s->based_on)) {
    if (s->bold) return *s->bold;
  }
  return false;
}

}  // namespace plancheck::office
