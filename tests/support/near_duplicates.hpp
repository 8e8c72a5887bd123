// A generated batch of plans for the near-identical filings tests and benchmark: distinct plans written
// from a phrase vocabulary by a seeded generator, and near-duplicates of some of them (the plan copied
// under another organisation's name, with a few words changed). Deterministic: the same seed gives the
// same texts on every platform (std::mt19937's raw output only, no library distribution).
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace plancheck::testing {

struct GeneratedPlan {
  std::string name;          // file name, e.g. "plan-007.md" or "copy-007.md"
  std::string organisation;
  std::string text;          // Markdown
  int copy_of = -1;          // index of the plan it copies, -1 for an original
};

class PlanGenerator {
 public:
  explicit PlanGenerator(std::uint32_t seed) : rng_(seed) {}

  // An organisation name unique within the generator's run (index-based).
  std::string organisation(std::size_t i) const {
    static const char* const kPlaces[] = {"东湖", "西山", "南岭", "北川", "临江", "青石", "白水", "金沙", "云台", "长丰", "安平", "永宁"};
    static const char* const kKinds[] = {"市大数据局", "区人民医院", "县供电公司", "市自来水公司", "区教育局", "市商业银行",
                                         "县融媒体中心", "市燃气集团", "区税务局", "市公交集团", "区疾控中心", "市广电网络公司"};
    const std::size_t places = sizeof kPlaces / sizeof *kPlaces;
    const std::size_t kinds = sizeof kKinds / sizeof *kKinds;
    std::string name = std::string(kPlaces[i % places]) + kKinds[(i / places) % kinds];
    if (i >= places * kinds) name = std::to_string(i / (places * kinds)) + name;
    return name;
  }

  // A plan of about `sentences` sentences for `org`.
  std::string plan(const std::string& org, int sentences) {
    std::string text = "# " + org + "网络安全事件应急预案\n\n";
    static const char* const kHeadings[] = {"总则", "组织机构与职责", "事件分级", "监测与预警", "应急处置", "信息报告",
                                            "后期处置", "保障措施", "培训与演练", "附则"};
    const int per_section = sentences / 10 + 1;
    for (int s = 0, h = 0; s < sentences; ++s) {
      if (s % per_section == 0 && h < 10) text += "\n## " + std::string(kHeadings[h++]) + "\n\n";
      text += sentence(s % 7 == 0 ? org : std::string("本单位"));
      if (s % 4 == 3) text += "\n\n";
    }
    return text + "\n";
  }

  // `text` with `from` replaced by `to` everywhere and `edits` words replaced.
  std::string copy(std::string text, const std::string& from, const std::string& to, int edits) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
    for (int e = 0; e < edits; ++e) {
      const char* word = pick(kNouns());
      const std::size_t at = text.find(word, next(static_cast<std::uint32_t>(text.size() / 2)));
      if (at != std::string::npos) text.replace(at, std::string(word).size(), pick(kNouns()));
    }
    return text;
  }

  // `originals` plans, the first `copies` of which are copied once each (copies after the originals).
  std::vector<GeneratedPlan> batch(std::size_t originals, std::size_t copies, int sentences) {
    std::vector<GeneratedPlan> out;
    for (std::size_t i = 0; i < originals; ++i) {
      const std::string org = organisation(i);
      out.push_back({name("plan", i), org, plan(org, sentences), -1});
    }
    for (std::size_t i = 0; i < copies && i < originals; ++i) {
      const std::string org = organisation(originals + i);
      out.push_back({name("copy", i), org, copy(out[i].text, out[i].organisation, org, 3), static_cast<int>(i)});
    }
    return out;
  }

 private:
  static const std::vector<const char*>& kNouns() {
    static const std::vector<const char*> words = {
        "信息系统", "门户网站", "核心数据库", "办公网络", "业务平台", "数据中心", "云服务", "邮件系统", "安全设备", "终端设备",
        "备份数据", "日志记录", "监测平台", "应急队伍", "技术支撑单位", "值班人员", "网络设备", "电子政务外网", "视频会议系统",
        "财务系统", "客户信息", "重要数据", "关键岗位", "运维团队", "供应商", "外包服务商", "防火墙", "入侵检测系统", "密码设备"};
    return words;
  }
  static const std::vector<const char*>& kVerbs() {
    static const std::vector<const char*> words = {
        "定期检查", "及时报告", "全面排查", "妥善保存", "加强监测", "组织研判", "迅速处置", "统一协调", "严格管理", "做好备份",
        "开展评估", "落实整改", "持续跟踪", "逐级上报", "安排专人负责", "同步通报", "认真核查", "有效隔离", "尽快恢复", "按要求登记"};
    return words;
  }
  static const std::vector<const char*>& kTails() {
    static const std::vector<const char*> words = {
        "确保业务连续运行", "防止事态扩大", "减少损失和影响", "保障数据安全", "提高应急处置能力", "做到早发现早处置",
        "形成书面记录", "并向主管部门报告", "避免次生事件", "保护个人信息", "维护正常工作秩序", "及时消除隐患"};
    return words;
  }

  std::uint32_t next(std::uint32_t bound) { return bound == 0 ? 0 : rng_() % bound; }
  const char* pick(const std::vector<const char*>& words) { return words[next(static_cast<std::uint32_t>(words.size()))]; }

  std::string sentence(const std::string& subject) {
    std::string s = subject + "应" + pick(kVerbs()) + pick(kNouns()) + "和" + pick(kNouns()) + "，" + pick(kVerbs()) +
                    pick(kNouns());
    if (next(2) == 0) s += "，" + std::string(pick(kVerbs())) + pick(kNouns());
    return s + "，" + pick(kTails()) + "。";
  }

  static std::string name(const char* kind, std::size_t i) {
    std::string n = std::to_string(i);
    while (n.size() < 3) n.insert(n.begin(), '0');
    return std::string(kind) + "-" + n + ".md";
  }

  std::mt19937 rng_;
};

}  // namespace plancheck::testing
