// The man page (doc/plancheck.1.scd) and the zsh completion name every command and every option that
// `--help` of each command lists, so neither can fall behind the binary. (The bash completion reads the
// options from --help itself.)
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>

#include "../support/test_names.hpp"
#include "run_binary.hpp"

namespace plancheck::e2e {
namespace {

const char* const kCommands[] = {"check", "rules", "validate", "merge", "history"};

// Every --option (and -x) that `plancheck [command] --help` lists.
std::set<std::string> options_in_help(const std::string& command) {
  const Outcome run = command.empty() ? run_plancheck({"--help", "--lang", "en"}) : run_plancheck({command, "--help", "--lang", "en"});
  EXPECT_EQ(run.code, 0) << run.err;
  std::set<std::string> out;
  const std::regex option(R"((^|[\s,\[])(--?[a-zA-Z][a-zA-Z-]*))");
  for (auto it = std::sregex_iterator(run.out.begin(), run.out.end(), option); it != std::sregex_iterator(); ++it) {
    out.insert((*it)[2]);
  }
  EXPECT_FALSE(out.empty()) << run.out;
  return out;
}

TEST(Docs, TheManPageNamesEveryCommandAndEveryOptionOfHelp) {
  const std::string page = read_whole(std::string(PLANCHECK_SOURCE_DIR) + "/doc/plancheck.1.scd");
  ASSERT_FALSE(page.empty());
  for (const char* command : kCommands) EXPECT_NE(page.find(std::string("*") + command), std::string::npos) << command;
  for (const char* section : {"# EXIT STATUS", "# FILES", "# EXAMPLES", "# CONFIGURATION", "# ENVIRONMENT"}) {
    EXPECT_NE(page.find(section), std::string::npos) << section;
  }
  std::set<std::string> all = options_in_help("");
  for (const char* command : kCommands) {
    for (const std::string& o : options_in_help(command)) {
      all.insert(o);
      EXPECT_NE(page.find("*" + o + "*"), std::string::npos) << "plancheck " << command << " --help lists " << o
                                                             << ", which doc/plancheck.1.scd does not describe";
    }
  }
  EXPECT_GE(all.size(), 30U);
}

TEST(Docs, TheZshCompletionKnowsEveryOptionOfHelp) {
  const std::string zsh = read_whole(std::string(PLANCHECK_SOURCE_DIR) + "/completion/_plancheck");
  ASSERT_FALSE(zsh.empty());
  for (const char* command : kCommands) {
    EXPECT_NE(zsh.find(std::string("    ") + command + ")"), std::string::npos) << command;
    for (const std::string& o : options_in_help(command)) {
      const bool known = zsh.find("'" + o + "[") != std::string::npos || zsh.find("'" + o + "=[") != std::string::npos ||
                         zsh.find("'*" + o + "=[") != std::string::npos ||
                         zsh.find(")" + o + "[") != std::string::npos || zsh.find(")" + o + "=[") != std::string::npos ||
                         zsh.find("{" + o + ",") != std::string::npos || zsh.find("," + o + "}") != std::string::npos ||
                         zsh.find("," + o + "=}") != std::string::npos;
      EXPECT_TRUE(known) << "plancheck " << command << " --help lists " << o << ", which completion/_plancheck does not complete";
    }
  }
}


// What the bash completion offers for `words` (the last one being completed), run from the source tree
// with this build's plancheck first on PATH.
std::string bash_completes(const std::vector<std::string>& words) {
  const std::string bin = std::filesystem::path(PLANCHECK_BINARY).parent_path().string();
  std::string script = "cd " + shell_quote(PLANCHECK_SOURCE_DIR) + " && PATH=" + shell_quote(bin) + ":$PATH; source completion/plancheck.bash; COMP_WORDS=(";
  for (const std::string& w : words) script += shell_quote(w) + " ";
  script += "); COMP_CWORD=" + std::to_string(words.size() - 1) + "; _plancheck; printf '%s\\n' \"${COMPREPLY[@]}\"";
  std::string out;
  FILE* pipe = ::popen(("bash -c " + shell_quote(script) + " 2>/dev/null").c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  ::pclose(pipe);
  return out;
}

struct Completion {
  std::vector<std::string> words;
  std::vector<std::string> offered;
};

void PrintTo(const Completion& c, std::ostream* os) {
  for (const std::string& w : c.words) *os << w << ' ';
}

class BashCompletionTest : public ::testing::TestWithParam<Completion> {};

TEST_P(BashCompletionTest, Offers) {
  const std::string out = bash_completes(GetParam().words);
  for (const std::string& o : GetParam().offered) EXPECT_NE(out.find(o + "\n"), std::string::npos) << o << " in:\n" << out;
}

INSTANTIATE_TEST_SUITE_P(
    Table, BashCompletionTest,
    ::testing::Values(Completion{{"plancheck", "ch"}, {"check"}}, Completion{{"plancheck", ""}, {"rules", "history", "--version"}},
                      Completion{{"plancheck", "check", "--fo"}, {"--format"}},
                      Completion{{"plancheck", "check", "--format", ""}, {"sarif", "html", "junit"}},
                      Completion{{"plancheck", "check", "--format", "rev"}, {"review", "review-csv"}},
                      Completion{{"plancheck", "check", "--org-kind", ""}, {"cii", "central", "other"}},
                      Completion{{"plancheck", "check", "--ruleset", "cn-"}, {"cn-national-2017", "cn-miit-2017", "cn-reporting-2025"}},
                      Completion{{"plancheck", "rules", "explain", "drill."}, {"drill.frequency"}},
                      Completion{{"plancheck", "rules", ""}, {"list", "explain"}},
                      Completion{{"plancheck", "check", "--report", "cs"}, {"csv:"}},
                      Completion{{"plancheck", "check", "samples/chong"}, {"samples/chongqing-plan.md"}},
                      Completion{{"plancheck", "history", "--v"}, {"--verbose"}}),
    [](const auto& info) {
      return plancheck::testing::numbered_name(info.index, plancheck::testing::joined(info.param.words));
    });

TEST(Docs, TheZshCompletionParses) {
  if (std::system("command -v zsh >/dev/null 2>&1") != 0) GTEST_SKIP() << "zsh is not installed (scripts/install-deps.sh optional)";
  const std::string command = "zsh -n " + shell_quote(std::string(PLANCHECK_SOURCE_DIR) + "/completion/_plancheck");
  EXPECT_EQ(std::system(command.c_str()), 0);
}

}  // namespace
}  // namespace plancheck::e2e
