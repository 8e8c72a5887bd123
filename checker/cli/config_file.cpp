#include "cli/config_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <system_error>

#include "text/ingest.hpp"

namespace plancheck::cli {

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

const char* const kCommands[] = {"check", "rules", "validate", "merge", "history"};
// Options that choose or show the config file itself, or ask for help: never read from a file.
const char* const kCommandLineOnly[] = {"help", "config", "no-config", "print-config"};
// Values that are paths, made relative to the config file's folder when they are relative.
const char* const kPathKeys[] = {"data-dir", "waivers", "baseline", "org-profile", "db", "output"};

const char* tr(Lang lang, const char* zh, const char* en) { return lang == Lang::En ? en : zh; }

// The message in `lang`, its fields filled (fmt positional fields, so both languages take the same arguments).
template <typename... Args>
std::string say_in(Lang lang, const char* zh, const char* en, Args&&... args) {
  return fmt::format(fmt::runtime(tr(lang, zh, en)), std::forward<Args>(args)...);
}

bool one_of(const std::string& s, std::initializer_list<const char*> list) {
  return std::any_of(list.begin(), list.end(), [&](const char* x) { return s == x; });
}
template <std::size_t N>
bool one_of(const std::string& s, const char* const (&list)[N]) {
  return std::any_of(std::begin(list), std::end(list), [&](const char* x) { return s == x; });
}

ToolError at_line(const std::string& file, int line, const std::string& message) {
  // The config file's messages are chosen in both languages here (say_in) before they reach a ToolError.
  return ToolError{ErrorKind::Usage, "", {}, verbatim(line > 0 ? fmt::format("{}:{}: {}", file, line, message) : file + ": " + message)};
}

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// A relative path in the file means a path beside the file, wherever plancheck is run from.
std::string beside(const fs::path& folder, const std::string& value) {
  if (value.empty() || value == "-" || fs::path(value).is_absolute()) return value;
  return (folder / value).lexically_normal().string();
}

std::string resolve_value(const fs::path& folder, const std::string& key, const std::string& value) {
  if (one_of(key, kPathKeys)) return beside(folder, value);
  if (key == "ruleset") {  // an id stays an id; a file (a / or .xml, as the loader tells them) moves
    const bool file = value.find('/') != std::string::npos ||
                      (value.size() > 4 && value.compare(value.size() - 4, 4, ".xml") == 0);
    return file ? beside(folder, value) : value;
  }
  if (key == "report") {  // FORMAT:PATH
    const auto colon = value.find(':');
    return colon == std::string::npos ? value : value.substr(0, colon + 1) + beside(folder, value.substr(colon + 1));
  }
  return value;
}

// Reads the file line by line so that every problem can name its line; Boost.Program_options reads each
// `key = value` line (comments after #, white space trimmed), sections are told apart here.
Result<std::vector<ConfigEntry>> read_entries(const std::string& path, Lang lang) {
  const Result<std::string> bytes = text::read_file_bytes(path);  // refuses FIFOs and devices
  if (!bytes) return at_line(path, 0, say_in(lang, "无法读取配置文件：{}", "cannot read the config file: {}", bytes.error().message.text(lang)));
  std::istringstream in(bytes.value());
  const fs::path folder = fs::absolute(path).parent_path();
  std::vector<ConfigEntry> entries;
  std::string section;
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    if (line == 1 && text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    const std::string trimmed = trim(text.substr(0, text.find('#')));
    if (!trimmed.empty() && trimmed.front() == '[') {
      section = trimmed.back() == ']' ? trim(trimmed.substr(1, trimmed.size() - 2)) : trimmed;
      if (!one_of(section, kCommands)) {
        return at_line(path, line, say_in(lang, "未知的节“{}”（可用：[check] [rules] [validate] [merge] [history]）",
                                                  "unknown section '{}' (choose from: [check] [rules] [validate] [merge] [history])",
                                               trimmed));
      }
      continue;
    }
    std::istringstream one(text);
    try {
      const po::parsed_options parsed = po::parse_config_file(one, po::options_description(), true);
      for (const po::option& o : parsed.options) {
        const std::string value = o.value.empty() ? std::string() : o.value.front();
        entries.push_back(ConfigEntry{o.string_key, resolve_value(folder, o.string_key, value), section, line});
      }
    } catch (const po::error&) {
      return at_line(path, line, say_in(lang, "无法识别的行“{}”（应为 键 = 值）", "unrecognised line '{}' (expected key = value)",
                                             trim(text)));
    }
  }
  return entries;
}

bool is_flag(const po::option_description& d) { return d.semantic()->max_tokens() == 0; }

// true/false for a flag (check = true); nullopt for anything else.
std::optional<bool> parse_bool(std::string v) {
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (one_of(v, {"true", "yes", "on", "1"})) return true;
  if (one_of(v, {"false", "no", "off", "0"})) return false;
  return std::nullopt;
}

std::string unknown_key(const ConfigEntry& e, const std::set<std::string>& known, Lang lang) {
  std::string best;
  std::size_t best_distance = 3;
  for (const std::string& k : known) {
    const std::size_t d = edit_distance(e.key, k);
    if (d < best_distance) best = k, best_distance = d;
  }
  std::string message = e.section.empty()
                            ? say_in(lang, "未知的配置项“{}”", "unknown key '{}'", e.key)
                            : say_in(lang, "[{1}] 中未知的配置项“{0}”", "unknown key '{0}' in [{1}]", e.key, e.section);
  if (!best.empty()) message += say_in(lang, "（是否想用 {}？）", " (did you mean '{}'?)", best);
  return message;
}

// The options of every command, by name, and of `section` alone when it is given.
std::set<std::string> long_names(const po::options_description& d) {
  std::set<std::string> out;
  for (const auto& o : d.options()) {
    if (!one_of(o->long_name(), kCommandLineOnly)) out.insert(o->long_name());
  }
  return out;
}

struct Context {
  const po::options_description& desc;
  const po::parsed_options& command_line;
  const std::string& file;
  Lang lang;
};

// The command line (without the options named in `except`) and then `entries`, first value kept.
Result<po::variables_map> build(const Context& c, const std::vector<const ConfigEntry*>& entries,
                                const std::set<std::string>& except = {}) {
  po::parsed_options cmdline = c.command_line;
  cmdline.options.erase(std::remove_if(cmdline.options.begin(), cmdline.options.end(),
                                       [&](const po::option& o) { return except.count(o.string_key) > 0; }),
                        cmdline.options.end());
  po::variables_map vm;
  po::store(cmdline, vm);
  for (const ConfigEntry* e : entries) {
    po::parsed_options one(&c.desc);
    po::option o(e->key, is_flag(c.desc.find(e->key, false)) ? std::vector<std::string>{} : std::vector<std::string>{e->value});
    o.original_tokens = {e->key, e->value};
    one.options.push_back(o);
    try {
      po::store(one, vm);
    } catch (const po::error&) {
      return at_line(c.file, e->line, say_in(c.lang, "配置项 {0} 的值“{1}”无效", "invalid value '{1}' for {0}", e->key, e->value));
    }
  }
  return vm;
}

std::optional<std::string> error_text(const Result<po::variables_map>& vm, const ValidateOptions& validate, Lang lang) {
  if (!vm) return vm.error().message.text(lang);
  if (auto e = validate(vm.value())) return e->message.text(lang);
  return std::nullopt;
}

// The entries that apply to `command`, checked: known keys, good flags, no key twice in one place.
Result<std::vector<const ConfigEntry*>> applicable(const std::string& command, const std::vector<ConfigEntry>& entries,
                                                   const std::function<po::options_description(const std::string&)>& describe,
                                                   const std::string& file, Lang lang) {
  std::set<std::string> anywhere;
  for (const char* c : kCommands) {
    const std::set<std::string> names = long_names(describe(c));
    anywhere.insert(names.begin(), names.end());
  }
  const po::options_description desc = describe(command);
  std::vector<const ConfigEntry*> in_section, at_top;
  std::map<std::pair<std::string, std::string>, int> seen;  // (section, key) → first line
  for (const ConfigEntry& e : entries) {
    if (one_of(e.key, kCommandLineOnly)) {
      return at_line(file, e.line, say_in(lang, "--{} 只能在命令行给出", "--{} can only be given on the command line", e.key));
    }
    const std::set<std::string> known = e.section.empty() ? anywhere : long_names(describe(e.section));
    if (!known.count(e.key)) return at_line(file, e.line, unknown_key(e, known, lang));
    const po::option_description* d = desc.find_nothrow(e.key, false);
    if (d && is_flag(*d) && !parse_bool(e.value)) {
      return at_line(file, e.line, say_in(lang, "配置项 {} 的值“{}”无效（可选：true|false）", "invalid value '{1}' for {0} (choose from: true|false)",
                                               e.key, e.value));
    }
    auto [first, inserted] = seen.emplace(std::make_pair(e.section, e.key), e.line);
    const bool repeatable = d && d->semantic()->is_composing();
    if (!inserted && !repeatable) {
      return at_line(file, e.line, say_in(lang, "配置项 {} 重复（第 {} 行已给出）", "{} is given twice (also on line {})", e.key, first->second));
    }
    if (!d || (!e.section.empty() && e.section != command)) continue;
    if (is_flag(*d) && !*parse_bool(e.value)) continue;  // "quiet = false": the default
    (e.section.empty() ? at_top : in_section).push_back(&e);
  }
  // A [command] section's value replaces the top-level one of the same key.
  std::set<std::string> section_keys;
  for (const ConfigEntry* e : in_section) section_keys.insert(e->key);
  for (const ConfigEntry* e : at_top) {
    if (!section_keys.count(e->key)) in_section.push_back(e);
  }
  return in_section;
}

}  // namespace

std::string find_config_file(const fs::path& dir) {
  std::error_code ec;
  fs::path here = fs::absolute(dir, ec);
  if (ec) return {};
  for (;;) {
    for (const char* name : kConfigFileNames) {
      if (fs::is_regular_file(here / name, ec)) return (here / name).string();
    }
    if (here == here.parent_path() || here.empty()) return {};
    here = here.parent_path();
  }
}

Result<po::variables_map> merge_config(const std::string& command, const po::options_description& desc,
                                       const po::parsed_options& command_line,
                                       const std::function<po::options_description(const std::string&)>& describe,
                                       const ValidateOptions& validate, Lang lang, ConfigOrigins& origins) {
  std::set<std::string> given;
  std::string file;
  bool no_config = false;
  for (const po::option& o : command_line.options) {
    given.insert(o.string_key);
    if (o.string_key == "config" && !o.value.empty()) file = o.value.front();
    if (o.string_key == "no-config") no_config = true;
  }
  if (no_config && !file.empty()) {
    return ToolError{ErrorKind::Usage, command, {}, Message{MsgId::OptionsExclusive, {{"first", "--config"}, {"second", "--no-config"}}}};
  }
  if (file.empty() && !no_config) file = find_config_file(fs::current_path());
  const Context c{desc, command_line, file, lang};
  if (file.empty()) return build(c, {});
  origins.file = file;
  Result<std::vector<ConfigEntry>> entries = read_entries(file, lang);
  if (!entries) return entries.error();
  Result<std::vector<const ConfigEntry*>> used = applicable(command, entries.value(), describe, file, lang);
  if (!used) return used.error();
  // Each value is checked as the command line would check it: an error that comes with it and not without it is its.
  for (const ConfigEntry* e : used.value()) {
    const std::optional<std::string> with = error_text(build(c, {e}, {e->key}), validate, lang);
    if (with && with != error_text(build(c, {}, {e->key}), validate, lang)) {
      return at_line(file, e->line, with->rfind(file, 0) == 0 ? with->substr(with->find(": ") + 2) : *with);
    }
  }
  std::vector<const ConfigEntry*> applied;
  for (const ConfigEntry* e : used.value()) {
    if (given.count(e->key)) continue;  // the command line wins
    applied.push_back(e);
    std::string& where = origins.lines[e->key];
    where += where.empty() ? fmt::format("{}:{}", file, e->line) : fmt::format(",{}", e->line);
  }
  return build(c, applied);
}

namespace {

std::vector<std::string> values_of(const po::variable_value& v, bool flag) {
  if (flag) return {"true"};
  if (const auto* s = boost::any_cast<std::string>(&v.value())) return {*s};
  if (const auto* i = boost::any_cast<int>(&v.value())) return {std::to_string(*i)};
  if (const auto* list = boost::any_cast<std::vector<std::string>>(&v.value())) return *list;
  return {"?"};
}

}  // namespace

std::string print_config(const std::string& command, const po::options_description& desc, const po::variables_map& vm,
                         const ConfigOrigins& origins, Lang lang) {
  std::string out = say_in(lang, "# plancheck {} 的有效设置；配置文件：{}\n", "# plancheck {}: effective settings; config file: {}\n",
                                command == "version" ? "--version" : command,
                                origins.file.empty() ? tr(lang, "无", "none") : origins.file);
  std::vector<std::pair<std::string, std::string>> rows;  // setting, origin
  for (const auto& d : desc.options()) {
    const std::string& key = d->long_name();
    if (one_of(key, kCommandLineOnly)) continue;
    const bool flag = is_flag(*d);
    const auto found = vm.find(key);
    const auto from_file = origins.lines.find(key);
    std::string origin = from_file != origins.lines.end() ? from_file->second : tr(lang, "命令行", "command line");
    if (found == vm.end()) {
      rows.emplace_back(flag ? key + " = false" : "# " + key + " =", tr(lang, flag ? "默认" : "未设置", flag ? "default" : "not set"));
      continue;
    }
    if (found->second.defaulted()) origin = tr(lang, "默认", "default");
    for (const std::string& value : values_of(found->second, flag)) rows.emplace_back(key + " = " + value, origin);
  }
  std::size_t width = 0;
  for (const auto& [setting, origin] : rows) width = std::max(width, setting.size());
  for (const auto& [setting, origin] : rows) out += fmt::format("{:<{}}  # {}\n", setting, width, origin);
  return out;
}

}  // namespace plancheck::cli
