#include "cli/parse_args.hpp"

#include <algorithm>
#include <boost/program_options.hpp>
#include <sstream>

#include <fmt/format.h>

#include "cli/config_file.hpp"
#include "cli/fill_options.hpp"
#include "cli/messages.hpp"
#include "report/formats.hpp"

namespace plancheck::cli {

namespace po = boost::program_options;

// The command's name travels in `file` for the usage hint; the message is printed as plancheck's own.
ToolError usage(const std::string& command, MsgId id, MessageFields fields) {
  return ToolError{ErrorKind::Usage, command, {}, Message{id, std::move(fields)}};
}

namespace {

const char* tr(Lang lang, const char* zh, const char* en) { return lang == Lang::En ? en : zh; }

po::options_description describe(const std::string& command, Lang lang) {
  // Boost wraps descriptions by bytes, which would split UTF-8 characters: give it room never to wrap.
  po::options_description d(tr(lang, "选项", "Options"), 400, 200);
  auto add = d.add_options();
  add("help,h", tr(lang, "显示本帮助", "show this help"));
  add("lang", po::value<std::string>()->default_value("zh"), tr(lang, "输出语言：zh|en", "output language: zh|en"));
  add("data-dir", po::value<std::string>(), tr(lang, "rulesets/ 与 schemas/ 所在目录", "folder holding rulesets/ and schemas/"));
  add("config", po::value<std::string>(), tr(lang, "配置文件（默认：当前目录或上级目录中的 plancheck.ini 或 .plancheck.ini）",
                                             "config FILE (default: plancheck.ini or .plancheck.ini in the current folder or a parent)"));
  add("no-config", tr(lang, "不读取配置文件", "read no config file"));
  add("print-config", tr(lang, "显示每项有效设置及其来源（文件:行、命令行、默认）后退出",
                         "show each effective setting and where it came from (file:line, command line, default), then exit"));
  if (command == "check" || command == "rules") {
    add("ruleset", po::value<std::vector<std::string>>()->composing(),
        tr(lang, "规则集 ID 或文件（可重复；默认 cn-national-2017）；check 另附加检查日期有效的补充规则集（cn-reporting-2025）",
           "ruleset ID or FILE (repeatable; default cn-national-2017); check also adds the supplements in force on --as-of (cn-reporting-2025)"));
  }
  if (command == "check") {
    add("as-of", po::value<std::string>(), tr(lang, "按该日期（YYYY-MM-DD）有效的规则与引用检查（默认今天；设置 SOURCE_DATE_EPOCH 时取其日期）",
                                              "judge by the rules and citations in force on DATE, YYYY-MM-DD (default today, or SOURCE_DATE_EPOCH's date)"));
    add("exact-rulesets", tr(lang, "只用 --ruleset 指定的规则集，不自动附加补充规则集",
                             "apply only the rulesets named by --ruleset, without the supplements in force"));
    add("org-kind", po::value<std::string>(), tr(lang, "机构类型：cii（关键信息基础设施运营者）|central（中央和国家机关及直属单位）|other",
                                                 "the organisation's kind: cii (CII operator) | central (central/state organ or affiliated unit) | other"));
    add("org-profile", po::value<std::string>(), tr(lang, "按路径指定机构类型的 CSV（表头 path,kind[,name]；首个匹配生效）",
                                                    "CSV giving the kind by path glob (header path,kind[,name]; first match wins)"));
  }
  if (command == "check") {
    const std::string formats = fmt::format("{}", fmt::join(report::format_names(), "|"));
    add("format", po::value<std::string>()->default_value("text"),
        (tr(lang, "报告格式：", "report format: ") + formats).c_str());
    add("output,o", po::value<std::string>(), tr(lang, "写入文件（完整写入或不写；- 为标准输出）", "write to FILE (whole or not at all; - for standard output)"));
    add("fail-on", po::value<std::string>()->default_value("error"),
        tr(lang, "达到该严重级别即退出码 1：error|warning|info|never；new＝仅基线中没有的 error 问题",
           "exit 1 on findings at or above: error|warning|info|never; new = only errors not in the baseline"));
    add("color", po::value<std::string>()->default_value("auto"), tr(lang, "颜色：auto|always|never", "colour: auto|always|never"));
    add("quiet,q", tr(lang, "只输出问题，不输出汇总", "findings only, no summaries"));
    add("verbose,v", tr(lang, "同时列出通过的规则", "also list passing rules"));
    add("html-findings-only", tr(lang, "HTML 报告只列出未通过的要求及其问题（简短报告）",
                                 "HTML reports list only the failed requirements and their findings (a short report)"));
    add("force", tr(lang, "不像应急预案的文件（如 README）也照常检查", "check files that do not look like plans (e.g. a README) anyway"));
    add("waivers", po::value<std::string>(), tr(lang, "豁免文件（XML，见 schemas/waivers.xsd）", "waiver FILE (XML, see schemas/waivers.xsd)"));
    add("no-inline-suppressions", tr(lang, "忽略预案中的 plancheck-disable 注释（监管审查用）",
                                     "ignore plancheck-disable comments in plans (for regulators)"));
    add("baseline", po::value<std::string>(), tr(lang, "以先前的 JSON 报告为基线，标记新增/未变问题",
                                                  "mark findings new or unchanged against an earlier JSON report"));
    add("fail-on-new", tr(lang, "退出码只考虑基线中没有的问题", "exit code counts only findings not in the baseline"));
  }
  if (command == "merge") {
    const std::string formats = fmt::format("{}", fmt::join(report::format_names(), "|"));
    add("format", po::value<std::string>()->default_value("json"),
        (tr(lang, "合并后报告的格式：", "format of the merged report: ") + formats).c_str());
    add("output,o", po::value<std::string>(), tr(lang, "写入文件（完整写入或不写；- 为标准输出）", "write to FILE (whole or not at all; - for standard output)"));
    add("allow-mixed", tr(lang, "允许合并不同规则集或不同 plancheck 版本的报告", "merge reports of different rulesets or plancheck versions anyway"));
  }
  if (command == "check" || command == "history") {
    add("db", po::value<std::string>(), tr(lang, "SQLite 结果数据库：check 每次追加一次运行，history 比较最近两次",
                                           "SQLite results database: check adds a run to it, history compares the latest two"));
  }
  if (command == "history") {
    add("format", po::value<std::string>()->default_value("text"), tr(lang, "输出格式：text|json", "output format: text|json"));
    add("output,o", po::value<std::string>(), tr(lang, "写入文件（完整写入或不写；- 为标准输出）", "write to FILE (whole or not at all; - for standard output)"));
    add("verbose,v", tr(lang, "同时列出无变化的预案", "also list unchanged plans"));
  }
  if (command == "check" || command == "merge") {
    add("report", po::value<std::vector<std::string>>()->composing(),
        tr(lang, "另写一份报告 FORMAT:PATH（可重复，如 json:out.json；评审表：review:FILE.html、review-csv:FILE.csv）",
           "also write a report FORMAT:PATH (repeatable, e.g. json:out.json; review forms: review:FILE.html, review-csv:FILE.csv)"));
  }
  if (command == "check") {
    add("jobs,j", po::value<int>(), tr(lang, "并行检查的线程数（默认：CPU 线程数）；结果与线程数无关",
                                       "threads checking plans (default: hardware threads); output is the same for any N"));
    add("shard", po::value<std::string>(),
        tr(lang, "K/N：只检查按路径哈希分得的第 K 份（共 N 份），用 plancheck merge 合并",
           "K/N: check only shard K of N (by a hash of each path); combine with plancheck merge"));
    add("similar-threshold", po::value<std::string>(),
        tr(lang, "近似相同预案的相似度下限，0 至 1（默认 0.9）：用于 --report similar:FILE.csv 与总览的“近似相同的预案”",
           "least similarity of near-identical plans, 0 to 1 (default 0.9): for --report similar:FILE.csv and the dashboard"));
    add("errors-exit-code", po::value<int>()->default_value(2),
        tr(lang, "有预案无法读取（出错）时的退出码：2|1|0（问题导致的退出码 1 仍然优先于 0）",
           "exit code when any plan is in error (unreadable, undecodable, malformed): 2|1|0 (findings still give 1)"));
    // Limits: a plan beyond one is an error entry naming it (the batch goes on), never a hang.
    const Limits l;
    add("max-file-size", po::value<std::string>(),
        (tr(lang, "单个预案文件的最大字节数，可带 K/M/G（默认 ", "largest plan file, in bytes, K/M/G allowed (default ") +
         std::to_string(l.max_file_size >> 20) + "M)").c_str());
    add("max-line-length", po::value<std::string>(),
        (tr(lang, "一行的最大字符数（默认 ", "longest line, in characters (default ") + std::to_string(l.max_line_length) + ")").c_str());
    add("max-sentence-length", po::value<std::string>(),
        (tr(lang, "一个句子（至。！？；）的最大字符数（默认 ", "longest sentence (up to 。！？；), in characters (default ") +
         std::to_string(l.max_sentence_length) + ")").c_str());
    add("max-sections", po::value<std::string>(),
        (tr(lang, "一个预案的最多标题数（默认 ", "most headings in one plan (default ") + std::to_string(l.max_sections) + ")").c_str());
    add("max-section-depth", po::value<std::string>(),
        (tr(lang, "标题的最大层级深度（默认 ", "deepest nesting of headings (default ") + std::to_string(l.max_section_depth) + ")").c_str());
    add("max-time-per-plan", po::value<std::string>(),
        (tr(lang, "检查一个预案的最长秒数，0 为不限（默认 ", "most seconds to check one plan, 0 for no limit (default ") +
         fmt::format("{:g}", l.max_time_per_plan) + ")").c_str());
  }
  return d;
}

std::string help_text(const std::string& command, Lang lang) {
  std::ostringstream out;
  if (command.empty()) {
    out << tr(lang, "用法：plancheck <命令> [选项]\n\n命令：\n", "Usage: plancheck <command> [options]\n\nCommands:\n")
        << tr(lang, "  check PATH…        检查应急预案（文件、文件夹，- 为标准输入）\n", "  check PATH…        check plans (files, folders, - for standard input)\n")
        << tr(lang, "  rules list         列出规则\n", "  rules list         list the rules\n")
        << tr(lang, "  rules explain ID   解释一条规则及其依据\n", "  rules explain ID   explain a rule and its basis\n")
        << tr(lang, "  validate FILE      校验预案 XML 或规则集文件\n", "  validate FILE      validate a plan XML or ruleset file\n")
        << tr(lang, "  merge REPORT.json… 合并各分片（--shard）的 JSON 报告\n",
              "  merge REPORT.json… combine the JSON reports of shards (--shard)\n")
        << tr(lang, "  history --db FILE  比较结果数据库中最近两次运行：新通过、新不通过的规则\n",
              "  history --db FILE  compare the latest two runs in a results database: rules newly passed, failed\n")
        << tr(lang, "\n  --help, --version（版本、构建提交、内存分配器与内置规则集）, --print-config（有效设置及其来源）\n\n"
                    "运行“plancheck <命令> --help”查看各命令的选项。各选项也可写在当前目录或上级目录的 plancheck.ini 中（见 man plancheck）。\n",
              "\n  --help, --version (version, revision, allocator, bundled rulesets), --print-config (effective settings and their source)\n\n"
              "Run 'plancheck <command> --help' for a command's options. Any long option may also be set in plancheck.ini\n"
              "in the current folder or a parent (see man plancheck).\n");
    return out.str();
  }
  const char* args = command == "check"   ? " PATH…"
                     : command == "rules" ? " list | explain ID"
                     : command == "merge" ? " REPORT.json…"
                     : command == "history" ? " --db FILE"
                     : command == "version" ? ""
                                          : " FILE";
  out << tr(lang, "用法：plancheck ", "Usage: plancheck ") << (command == "version" ? "--version" : command) << args << tr(lang, " [选项]\n\n", " [options]\n\n")
      << describe(command, lang);
  return out.str();
}

std::optional<ToolError> fill_positionals(const std::string& command, std::vector<std::string> args, Options& o) {
  if (command == "check") {
    if (args.empty()) return usage(command, Msg::MissingArgument, {{"what", "PATH"}});
    o.command = Command::Check;
    o.paths = std::move(args);
    return std::nullopt;
  }
  if (command == "merge") {
    if (args.empty()) return usage(command, Msg::MissingArgument, {{"what", "REPORT.json"}});
    o.command = Command::Merge;
    o.paths = std::move(args);
    return std::nullopt;
  }
  if (command == "history") {
    if (!args.empty()) return usage(command, Msg::TooManyArguments, {{"what", "--db FILE"}});
    o.command = Command::History;
    return std::nullopt;
  }
  if (command == "version") {
    if (!args.empty()) return usage("", Msg::TooManyArguments, {{"what", args.front()}});
    o.command = Command::Version;
    return std::nullopt;
  }
  if (command == "validate") {
    if (args.size() != 1) {
      return usage(command, args.empty() ? Msg::MissingArgument : Msg::TooManyArguments, {{"what", "FILE"}});
    }
    o.command = Command::Validate;
    o.paths = std::move(args);
    return std::nullopt;
  }
  const bool list = !args.empty() && args[0] == "list" && args.size() == 1;
  const bool explain = !args.empty() && args[0] == "explain" && args.size() == 2;
  if (!list && !explain) {
    const bool missing = args.empty() || (args[0] == "explain" && args.size() < 2);
    return usage(command, missing ? Msg::MissingArgument : Msg::TooManyArguments, {{"what", "list | explain ID"}});
  }
  o.command = list ? Command::RulesList : Command::RulesExplain;
  if (explain) o.rule_id = args[1];
  return std::nullopt;
}

Result<Options> parse_command(const std::string& command, std::vector<std::string> argv_rest, Lang lang) {
  po::options_description desc = describe(command, lang);
  po::options_description hidden;
  hidden.add_options()("args", po::value<std::vector<std::string>>());
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description positional;
  positional.add("args", -1);
  const po::parsed_options command_line = po::command_line_parser(argv_rest).options(all).positional(positional).run();
  Options o;
  o.lang = lang;
  o.arguments = argv_rest;
  o.arguments.insert(o.arguments.begin(), command);
  if (std::any_of(command_line.options.begin(), command_line.options.end(), [](const po::option& x) { return x.string_key == "help"; })) {
    o.help_text = help_text(command, lang);
    return o;
  }
  ConfigOrigins origins;
  Result<po::variables_map> merged = merge_config(
      command, all, command_line, [lang](const std::string& c) { return describe(c, lang); },
      [&](const po::variables_map& one) { Options scratch; return fill_options(command, one, scratch); }, lang, origins);
  if (!merged) return merged.error();
  po::variables_map& vm = merged.value();
  po::notify(vm);
  if (vm.count("print-config")) {
    o.help_text = print_config(command, desc, vm, origins, lang);
    return o;
  }
  if (auto e = fill_options(command, vm, o)) return *e;
  auto args = vm.count("args") ? vm["args"].as<std::vector<std::string>>() : std::vector<std::string>{};
  if (auto e = fill_positionals(command, std::move(args), o)) return *e;
  return o;
}


}  // namespace

// --lang decides the language of every message, including errors about the rest of the line.
Lang requested_lang(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--lang=en" || (a == "--lang" && i + 1 < argc && std::string(argv[i + 1]) == "en")) return Lang::En;
  }
  return Lang::Zh;
}

namespace {

const std::vector<std::string>& command_names() {
  static const std::vector<std::string> names = {"check", "rules", "validate", "merge", "history", "help"};
  return names;
}

// The long options of `command` (or the top level's), as typed: "--fail-on".
std::vector<std::string> option_names(const std::string& command, Lang lang) {
  std::vector<std::string> names = {"--help", "--version", "--lang", "--print-config"};
  if (command.empty()) return names;
  const po::options_description options = describe(command, lang);  // kept alive: options() refers into it
  for (const auto& option : options.options()) names.push_back("--" + option->long_name());
  return names;
}

ToolError unknown_option(const std::string& command, const std::string& name, Lang lang) {
  const std::string typed = name.substr(0, name.find('='));
  return ToolError{ErrorKind::Usage, command, {},
                   with_suggestion(Message{Msg::UnknownOption, {{"name", name}}}, closest_match(typed, option_names(command, lang)))};
}

}  // namespace

Result<Options> parse_args(int argc, const char* const* argv) {
  const Lang lang = requested_lang(argc, argv);
  Options o;
  o.lang = lang;
  // `plancheck --lang en --help` and `plancheck --lang en check …`: the language may come first.
  int at = 1;
  while (at < argc && std::string_view(argv[at]).rfind("--lang", 0) == 0) at += std::string_view(argv[at]) == "--lang" ? 2 : 1;
  const std::string first = argc > at ? argv[at] : "--help";
  if (first == "--help" || first == "-h" || first == "help") {
    o.help_text = help_text("", lang);
    return o;
  }
  const bool version = first == "--version" || first == "-V";
  const bool print_config = first == "--print-config";  // the settings `check` would use
  if (!version && !print_config && first != "check" && first != "rules" && first != "validate" && first != "merge" && first != "history") {
    if (first.rfind('-', 0) == 0) return unknown_option("", first, lang);
    return ToolError{ErrorKind::Usage, "", {},
                     with_suggestion(Message{Msg::UnknownCommand, {{"name", first}}}, closest_match(first, command_names()))};
  }
  std::vector<std::string> rest(argv + at + (print_config ? 0 : 1), argv + argc);
  rest.insert(rest.begin(), argv + 1, argv + at);  // a leading --lang applies to the command
  try {
    return parse_command(version ? "version" : print_config ? "check" : first, std::move(rest), lang);
  } catch (const po::unknown_option& e) {
    return unknown_option(first, e.get_option_name(), lang);
  } catch (const po::error& e) {
    return usage(first, Msg::BadUsage, {{"detail", e.what()}});
  }
}

}  // namespace plancheck::cli
