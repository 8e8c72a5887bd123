#include "office/odt_lists.hpp"

#include <string_view>

#include "office/number_format.hpp"
#include "office/office_xml.hpp"

namespace plancheck::office {

namespace {

// ODF number formats are the first numbers written out ("1", "a", "一, 二, 三, ..."); Word's names are what
// format_number knows.
std::string_view word_format(std::string_view odf) {
  struct Map {
    std::string_view prefix;
    std::string_view word;
  };
  static constexpr Map kMaps[] = {
      {"1", "decimal"},           {"a", "lowerLetter"},
      {"A", "upperLetter"},       {"i", "lowerRoman"},
      {"I", "upperRoman"},        {"一", "chineseCounting"},
      {"壹", "chineseLegalSimplified"}, {"甲", "ideographTraditional"},
      {"子", "ideographZodiac"},  {"①", "decimalEnclosedCircle"},
      {"⑴", "decimalEnclosedParen"}, {"⒈", "decimalEnclosedFullstop"},
      {"１", "decimalFullWidth"}, {"〇", "ideographDigital"},
  };
  for (const Map& m : kMaps) {
    if (odf.substr(0, m.prefix.size()) == m.prefix) return m.word;
  }
  return "decimal";
}

std::string percent_to_word(std::string_view odf_list_format) {
  // LibreOffice writes %1% where Word writes %1.
  std::string out;
  for (std::size_t i = 0; i < odf_list_format.size(); ++i) {
    out += odf_list_format[i];
    if (odf_list_format[i] == '%' && i + 2 < odf_list_format.size() && odf_list_format[i + 2] == '%') {
      out += odf_list_format[i + 1];
      i += 2;
    }
  }
  return out;
}

}  // namespace

void OdtLists::read_style(pugi::xml_node style, std::array<Level, kLevels>& levels) {
  for (pugi::xml_node l = style.first_child(); l; l = l.next_sibling()) {
    const std::string_view name = local_name(l.name());
    const bool number = name == "list-level-style-number" || name == "outline-level-style";
    const bool bullet = name == "list-level-style-bullet";
    if (!number && !bullet) continue;
    const int index = to_int(attr(l, "level")).value_or(0);
    if (index < 1 || index > kLevels) continue;
    Level& level = levels[static_cast<std::size_t>(index - 1)];
    level = Level{};
    level.bullet = bullet;
    level.bullet_char = std::string(attr(l, "bullet-char"));
    level.format = std::string(attr(l, "num-format"));
    level.prefix = std::string(attr(l, "num-prefix"));
    level.suffix = std::string(attr(l, "num-suffix"));
    level.list_format = percent_to_word(attr(l, "num-list-format"));
    level.display_levels = std::max(1, to_int(attr(l, "display-levels")).value_or(1));
    level.start = to_int(attr(l, "start-value")).value_or(1);
    const std::string_view followed =
        attr(child(child(l, "list-level-properties"), "list-level-label-alignment"), "label-followed-by");
    level.space_after = followed != "nothing";
  }
}

void OdtLists::read_styles(pugi::xml_node root) {
  for (pugi::xml_node group = root.first_child(); group; group = group.next_sibling()) {
    if (!is(group, "styles") && !is(group, "automatic-styles")) continue;
    for (pugi::xml_node s = group.first_child(); s; s = s.next_sibling()) {
      if (is(s, "list-style")) read_style(s, styles_[std::string(attr(s, "name"))]);
      if (is(s, "outline-style")) read_style(s, styles_[""]);
    }
  }
}

void OdtLists::restart(const std::string& style) { counters_[style] = Counters{}; }

void OdtLists::set_start(const std::string& style, int level, int value) {
  if (level < 1 || level > kLevels) return;
  counters_[style].restart(static_cast<std::size_t>(level - 1), value);
}

bool OdtLists::is_bullet(const std::string& style, int level) const {
  const auto found = styles_.find(style);
  return found != styles_.end() && level >= 1 && level <= kLevels && found->second[static_cast<std::size_t>(level - 1)].bullet;
}

std::optional<std::string> OdtLists::next(const std::string& style, int level) {
  const auto found = styles_.find(style);
  if (found == styles_.end() || level < 1 || level > kLevels) return std::nullopt;
  const auto& levels = found->second;
  const auto slot = static_cast<std::size_t>(level - 1);
  const Level& l = levels[slot];
  if (l.bullet) return std::nullopt;
  if (l.format.empty() && l.list_format.empty()) return std::nullopt;
  Counters& c = counters_[style];
  c.advance(slot, l.start);
  for (std::size_t deeper = slot + 1; deeper < static_cast<std::size_t>(kLevels); ++deeper) c.counting[deeper] = false;
  std::array<std::string, 9> numbers;
  for (std::size_t i = 0; i <= slot && i < numbers.size(); ++i) {
    numbers[i] = format_number(c.shown(i, levels[i].start), word_format(levels[i].format));
  }
  std::string label;
  if (!l.list_format.empty()) {
    label = render_level_text(l.list_format, numbers);
  } else {
    const std::size_t first = slot + 1 - std::min<std::size_t>(slot + 1, static_cast<std::size_t>(l.display_levels));
    for (std::size_t i = first; i <= slot && i < numbers.size(); ++i) {
      if (!label.empty()) label += '.';
      label += numbers[i];
    }
    label = l.prefix + label + l.suffix;
  }
  if (l.space_after && !label.empty()) label += ' ';
  return label;
}

}  // namespace plancheck::office
