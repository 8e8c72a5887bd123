#include "cli/messages.hpp"

namespace plancheck::cli {

namespace {

struct Entry {
  Msg msg;
  const char* zh;
  const char* en;
};

// One row per message; the order follows the enum.
const Entry kMessages[] = {
    {Msg::UsageHint, "运行“plancheck {command}--help”查看用法。", "Run 'plancheck {command}--help' for usage."},
    {Msg::UnknownCommand, "未知命令“{name}”", "unknown command '{name}'"},
    {Msg::UnknownOption, "未知选项“{name}”", "unknown option '{name}'"},
    {Msg::BadValue, "选项 {option} 的值“{value}”无效（可选：{allowed}）",
     "invalid value '{value}' for {option} (choose from: {allowed})"},
    {Msg::MissingArgument, "缺少参数：{what}", "missing argument: {what}"},
    {Msg::TooManyArguments, "参数过多：{what}", "too many arguments: {what}"},
    {Msg::BadUsage, "命令行有误：{detail}", "bad command line: {detail}"},
    {Msg::RulesetRequired, "至少需要一个规则集", "at least one ruleset is required"},
    {Msg::UnknownRule, "所选规则集中没有规则“{id}”", "no rule '{id}' in the selected rulesets"},
    {Msg::NoRulesets, "{dir}/rulesets 中没有规则集（用 --data-dir 指定数据目录）",
     "no rulesets in {dir}/rulesets (set the data folder with --data-dir)"},
    {Msg::Valid, "{file}: valid（有效）", "{file}: valid"},
    {Msg::UnknownXmlRoot, "根元素 <{root}> 既不是 <plan> 也不是 <ruleset>",
     "root element <{root}> is neither <plan> nor <ruleset>"},
    {Msg::OutputFailed, "无法写入输出文件", "cannot write the output file"},
    {Msg::NoPlanFound, "在 {paths} 中没有找到要检查的预案（跳过的文件：{skipped}）",
     "no plan to check was found in {paths} (files skipped: {skipped})"},
    {Msg::NothingSkipped, "无，文件夹为空", "none, the folder is empty"},
};

}  // namespace

const char* message(Msg msg, Lang lang) {
  for (const Entry& e : kMessages) {
    if (e.msg == msg) return lang == Lang::En ? e.en : e.zh;
  }
  return "";
}

}  // namespace plancheck::cli
