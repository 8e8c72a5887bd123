#include "office/docx_numbering.hpp"

#include "office/number_format.hpp"
#include "office/office_xml.hpp"

namespace plancheck::office {

namespace {

constexpr int kLevels = 9;

std::optional<int> level_index(pugi::xml_node node) {
  const auto i = to_int(attr(node, "ilvl"));
  if (!i || *i < 0 || *i >= kLevels) return std::nullopt;
  return i;
}

void read_level(pugi::xml_node lvl, ListLevel& level) {
  for (pugi::xml_node p = lvl.first_child(); p; p = p.next_sibling()) {
    const std::string_view name = local_name(p.name());
    const std::string_view val = attr(p, "val");
    if (name == "start") {
      level.start = to_int(val).value_or(1);
    } else if (name == "numFmt") {
      level.num_fmt = std::string(val);
    } else if (name == "lvlText") {
      level.level_text = std::string(val);
    } else if (name == "lvlRestart") {
      level.restart = to_int(val);
    } else if (name == "isLgl") {
      level.legal = on(p);
    } else if (name == "suff") {
      level.suffix = std::string(val);
    } else if (name == "pStyle") {
      level.paragraph_style = std::string(val);
    }
  }
}

}  // namespace

DocxNumbering::DocxNumbering(pugi::xml_node root) {
  for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
    if (is(n, "abstractNum")) {
      Levels& levels = abstracts_[std::string(attr(n, "abstractNumId"))];
      for (pugi::xml_node lvl = n.first_child(); lvl; lvl = lvl.next_sibling()) {
        if (!is(lvl, "lvl")) continue;
        if (const auto i = level_index(lvl)) read_level(lvl, levels[static_cast<std::size_t>(*i)]);
      }
    } else if (is(n, "num")) {
      Instance& instance = instances_[std::string(attr(n, "numId"))];
      instance.abstract_id = std::string(attr(child(n, "abstractNumId"), "val"));
      for (pugi::xml_node o = n.first_child(); o; o = o.next_sibling()) {
        if (!is(o, "lvlOverride")) continue;
        const auto i = level_index(o);
        if (!i) continue;
        const auto slot = static_cast<std::size_t>(*i);
        if (pugi::xml_node s = child(o, "startOverride")) instance.start_override[slot] = to_int(attr(s, "val"));
        if (pugi::xml_node lvl = child(o, "lvl")) {
          ListLevel level;
          read_level(lvl, level);
          instance.level_override[slot] = level;
        }
      }
    }
  }
}

const ListLevel& DocxNumbering::level(const Instance& instance, int ilvl) const {
  const auto slot = static_cast<std::size_t>(ilvl);
  if (instance.level_override[slot]) return *instance.level_override[slot];
  static const ListLevel kDefault;
  const auto it = abstracts_.find(instance.abstract_id);
  return it == abstracts_.end() ? kDefault : it->second[slot];
}

std::optional<ListLabel> DocxNumbering::next(const std::string& num_id, int ilvl) {
  if (num_id.empty() || num_id == "0" || ilvl < 0 || ilvl >= kLevels) return std::nullopt;
  const auto found = instances_.find(num_id);
  if (found == instances_.end() || !abstracts_.count(found->second.abstract_id)) return std::nullopt;
  const Instance& instance = found->second;
  Counters& c = counters_[instance.abstract_id];
  if (!used_[num_id]) {
    // A list instance with start overrides restarts those levels the first time it is used.
    used_[num_id] = true;
    for (int i = 0; i < kLevels; ++i) {
      const auto slot = static_cast<std::size_t>(i);
      if (instance.start_override[slot]) c.restart(slot, instance.start_override[slot]);
    }
  }
  const auto slot = static_cast<std::size_t>(ilvl);
  const ListLevel& this_level = level(instance, ilvl);
  c.advance(slot, this_level.start);
  for (int deeper = ilvl + 1; deeper < kLevels; ++deeper) {
    const std::optional<int> restart = level(instance, deeper).restart;
    // By default a level restarts after any level above it; w:lvlRestart n only after levels 1…n (0: never).
    if (!restart || ilvl < *restart) c.counting[static_cast<std::size_t>(deeper)] = false;  // keeps an override
  }
  ListLabel label;
  if (this_level.num_fmt == "bullet") {
    label.text = this_level.level_text;
    label.bullet = true;
    return label;
  }
  std::array<std::string, 9> numbers;
  for (int i = 0; i <= ilvl; ++i) {
    const auto s = static_cast<std::size_t>(i);
    const ListLevel& l = level(instance, i);
    numbers[s] = format_number(c.shown(s, l.start), this_level.legal ? "decimal" : l.num_fmt);
  }
  label.text = render_level_text(this_level.level_text, numbers);
  label.suffix = this_level.suffix == "nothing" ? "" : " ";
  return label;
}

int DocxNumbering::level_for_style(const std::string& num_id, const std::string& style_id) const {
  const auto found = instances_.find(num_id);
  if (found == instances_.end()) return 0;
  for (int i = 0; i < kLevels; ++i) {
    if (!style_id.empty() && level(found->second, i).paragraph_style == style_id) return i;
  }
  return 0;
}

}  // namespace plancheck::office
