#include "ruleset/loader.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "ruleset/merge.hpp"
#include "ruleset/ruleset_file.hpp"

namespace plancheck::ruleset {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxDepth = 16;

const std::string& id_of(const RuleSpec& r) { return r.id; }
const std::string& id_of(const std::string& id) { return id; }

bool looks_like_path(const std::string& ref) {
  return ref.find('/') != std::string::npos || ref.find('\\') != std::string::npos ||
         (ref.size() > 4 && ref.compare(ref.size() - 4, 4, ".xml") == 0);
}

std::string resolve(const std::string& ref, const std::string& relative_to, const std::string& data_dir) {
  if (!looks_like_path(ref)) return (fs::path(data_dir) / "rulesets" / (ref + ".xml")).string();
  const fs::path p(ref);
  if (p.is_absolute() || relative_to.empty()) return p.string();
  return (fs::path(relative_to).parent_path() / p).lexically_normal().string();
}

std::string identity(const std::string& path) {
  std::error_code ec;
  const fs::path canon = fs::weakly_canonical(path, ec);
  return ec ? path : canon.string();
}

// The chain of files from the root ruleset down to `path`, in that order.
class ChainLoader {
 public:
  ChainLoader(const std::string& data_dir, const xml::Schema* schema) : data_dir_(data_dir), schema_(schema) {}

  std::optional<ToolError> load(const std::string& path, std::vector<RulesetFile>& chain) {
    stack_.push_back(identity(path));
    auto file = read_ruleset_file(path, schema_);
    if (!file.ok()) return file.error();
    RulesetFile f = file.take();
    if (!f.extends.empty()) {
      const std::string parent = resolve(f.extends, path, data_dir_);
      const std::string parent_id = identity(parent);
      if (std::find(stack_.begin(), stack_.end(), parent_id) != stack_.end()) {
        return ruleset_error(path, f.extends_line, MsgId::RulesetExtendsCycle, {{"cycle", cycle_text(parent_id)}});
      }
      if (stack_.size() >= kMaxDepth) return ruleset_error(path, f.extends_line, MsgId::RulesetExtendsDeep);
      if (!fs::exists(parent)) {
        return ruleset_error(path, f.extends_line, MsgId::RulesetExtendsMissing, {{"id", f.extends}, {"path", parent}});
      }
      if (auto err = load(parent, chain)) return err;
    }
    chain.push_back(std::move(f));
    stack_.pop_back();
    return std::nullopt;
  }

 private:
  std::string cycle_text(const std::string& again) const {
    std::string out;
    for (const std::string& s : stack_) out += fs::path(s).filename().string() + " → ";
    return out + fs::path(again).filename().string();
  }

  std::string data_dir_;
  const xml::Schema* schema_;
  std::vector<std::string> stack_;
};

// Every rule the review names must be one of the merged ruleset's rules; a reference to a rule some file
// of the chain disabled goes with the rule, and an element all of whose rules were disabled goes too.
// Every group and element needs both names, and every element a rule to decide it.
std::optional<ToolError> settle_review(Ruleset& rs, const std::vector<RulesetFile>& chain) {
  std::set<std::string> disabled;
  for (const RulesetFile& f : chain) {
    for (const Disable& d : f.disables) disabled.insert(d.rule);
  }
  auto known = [&](const std::string& id) {
    return std::binary_search(rs.rules.begin(), rs.rules.end(), id,
                              [](const auto& a, const auto& b) { return id_of(a) < id_of(b); });
  };
  for (ReviewGroup& g : rs.review.groups) {
    if (g.name.zh.empty() || g.name.en.empty()) {
      return ruleset_error(g.source.file, g.source.line, MsgId::RulesetReviewIncomplete, {{"element", g.id}});
    }
    std::vector<ReviewElement> elements;
    for (ReviewElement& e : g.elements) {
      std::vector<ReviewRuleRef> kept;
      for (const ReviewRuleRef& r : e.rules) {
        if (known(r.rule)) {
          kept.push_back(r);
        } else if (!disabled.count(r.rule)) {
          return ruleset_error(r.source.file, r.source.line, MsgId::RulesetReviewUnknownRule,
                               {{"element", e.id}, {"id", r.rule}});
        }
      }
      if (kept.empty() && !e.rules.empty()) continue;  // every rule that decided it was disabled: so is it
      e.rules = std::move(kept);
      if (e.name.zh.empty() || e.name.en.empty() || e.rules.empty()) {
        return ruleset_error(e.source.file, e.source.line, MsgId::RulesetReviewIncomplete, {{"element", e.id}});
      }
      elements.push_back(std::move(e));
    }
    g.elements = std::move(elements);
  }
  return std::nullopt;
}

Result<Ruleset> merge_chain(const std::vector<RulesetFile>& chain) {
  std::vector<RuleElement> elements;
  Ruleset rs;
  for (const RulesetFile& f : chain) {
    if (auto err = apply_file(elements, f)) return *err;
    rs.lineage.push_back(f.id);
    if (!f.title.empty()) rs.title = f.title;
    if (!f.derives_from.empty()) rs.derives_from = f.derives_from;
    if (!f.effective_from.empty()) rs.effective_from = f.effective_from;
    if (!f.effective_until.empty()) rs.effective_until = f.effective_until;
    overlay_review(rs.review, f.review);
  }
  const RulesetFile& leaf = chain.back();
  rs.id = leaf.id;
  rs.version = leaf.version;
  rs.file = leaf.path;
  rs.supplement = leaf.supplement;
  for (const RuleElement& e : elements) {
    auto spec = build_rule_spec(e);
    if (!spec.ok()) return spec.error();
    rs.rules.push_back(spec.take());
  }
  std::sort(rs.rules.begin(), rs.rules.end(), [](const RuleSpec& a, const RuleSpec& b) { return a.id < b.id; });
  if (auto err = settle_review(rs, chain)) return *err;
  return rs;
}

}  // namespace

Result<std::shared_ptr<const xml::Schema>> load_ruleset_schema(const std::string& data_dir) {
  auto loaded = xml::Schema::load((fs::path(data_dir) / "schemas" / "ruleset.xsd").string());
  if (!loaded.ok()) {
    ToolError e = loaded.error();
    e.kind = ErrorKind::Ruleset;
    return e;
  }
  return loaded;
}

std::optional<bool> peek_supplement(const std::string& id_or_path, const std::string& data_dir) {
  return peek_supplement(resolve(id_or_path, "", data_dir));
}

Result<Ruleset> load_ruleset(const std::string& id_or_path, const LoadOptions& options) {
  std::shared_ptr<const xml::Schema> schema = options.schema;
  if (!schema) {
    auto loaded = load_ruleset_schema(options.data_dir);
    if (!loaded.ok()) return loaded.error();
    schema = loaded.take();
  }
  const std::string path = resolve(id_or_path, "", options.data_dir);
  if (!fs::exists(path)) {
    if (looks_like_path(id_or_path)) return ruleset_error(path, 0, MsgId::RulesetNoSuchFile);
    return ruleset_error("", 0, MsgId::RulesetNoSuchId, {{"id", id_or_path}});
  }
  std::vector<RulesetFile> chain;
  ChainLoader loader(options.data_dir, schema.get());
  if (auto err = loader.load(path, chain)) return *err;
  return merge_chain(chain);
}

std::vector<std::string> list_bundled_rulesets(const std::string& data_dir) {
  std::vector<std::string> ids;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(fs::path(data_dir) / "rulesets", ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".xml") ids.push_back(entry.path().stem().string());
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace plancheck::ruleset
