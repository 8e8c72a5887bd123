#include "core/review.hpp"

#include <algorithm>
#include <tuple>

namespace plancheck {

namespace {

template <typename T>
T* find_id(std::vector<T>& items, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
  return it == items.end() ? nullptr : &*it;
}

void overlay_name(LocalizedText& base, const LocalizedText& overlay) {
  if (!overlay.zh.empty()) base.zh = overlay.zh;
  if (!overlay.en.empty()) base.en = overlay.en;
}

void overlay_element(ReviewElement& base, const ReviewElement& overlay) {
  overlay_name(base.name, overlay.name);
  if (overlay.key_given) {
    base.key = overlay.key;
    base.key_given = true;
  }
  if (overlay.replace_rules) base.rules.clear();
  for (const ReviewRuleRef& r : overlay.rules) {
    const bool known = std::any_of(base.rules.begin(), base.rules.end(), [&](const ReviewRuleRef& b) { return b.rule == r.rule; });
    if (!known) base.rules.push_back(r);
  }
}

bool contains(const std::vector<Severity>& list, Severity s) { return std::find(list.begin(), list.end(), s) != list.end(); }

const RuleResult* result_of(const PlanResult& plan, const std::string& rule) {
  auto it = std::lower_bound(plan.results.begin(), plan.results.end(), rule,
                             [](const RuleResult& r, const std::string& id) { return r.rule < id; });
  if (it != plan.results.end() && it->rule == rule) return &*it;
  // Results are sorted by id; a plan read back from elsewhere may not be: look again before giving up.
  auto any = std::find_if(plan.results.begin(), plan.results.end(), [&](const RuleResult& r) { return r.rule == rule; });
  return any == plan.results.end() ? nullptr : &*any;
}

ElementReview rate(const ReviewSpec& spec, const ReviewElement& element, const PlanResult& plan) {
  ElementReview out;
  bool applicable = false;
  bool not_met = false;
  bool partly_met = false;
  for (const ReviewRuleRef& ref : element.rules) {
    const RuleResult* r = result_of(plan, ref.rule);
    if (!r || r->status == Status::NotApplicable) continue;
    applicable = true;
    if (r->status != Status::Fail) continue;
    if (contains(spec.not_met, r->severity)) {
      not_met = true;
    } else if (contains(spec.partly_met, r->severity)) {
      partly_met = true;
    } else {
      continue;
    }
    out.causes.push_back(r);
  }
  if (!applicable) {
    out.rating = ReviewRating::NotApplicable;
  } else if (not_met) {
    out.rating = ReviewRating::NotMet;
  } else if (partly_met) {
    out.rating = ReviewRating::PartlyMet;
  } else {
    out.rating = ReviewRating::Met;
  }
  return out;
}

// The first count of `t` that reaches its threshold (key counts first: they are the sharper reason).
std::optional<ReviewReason> holds(const ReviewThreshold& t, int not_met, int key_not_met, int partly_met,
                                  int key_partly_met) {
  const std::tuple<ReviewCount, const std::optional<int>&, int> checks[] = {
      {ReviewCount::KeyNotMet, t.key_not_met, key_not_met},
      {ReviewCount::NotMet, t.not_met, not_met},
      {ReviewCount::KeyPartlyMet, t.key_partly_met, key_partly_met},
      {ReviewCount::PartlyMet, t.partly_met, partly_met}};
  for (const auto& [count, threshold, found] : checks) {
    if (threshold && found >= *threshold) return ReviewReason{count, found, *threshold};
  }
  return std::nullopt;
}

}  // namespace

void overlay_review(ReviewSpec& base, const ReviewSpec& overlay) {
  if (overlay.rating_given) {
    base.not_met = overlay.not_met;
    base.partly_met = overlay.partly_met;
    base.rating_given = true;
  }
  if (overlay.fail.given) base.fail = overlay.fail;
  if (overlay.revise.given) base.revise = overlay.revise;
  for (const ReviewGroup& g : overlay.groups) {
    ReviewGroup* mine = find_id(base.groups, g.id);
    if (!mine) {
      base.groups.push_back(g);
      continue;
    }
    overlay_name(mine->name, g.name);
    for (const ReviewElement& e : g.elements) {
      if (ReviewElement* known = find_id(mine->elements, e.id)) {
        overlay_element(*known, e);
      } else {
        mine->elements.push_back(e);
      }
    }
  }
}

ReviewConclusion review_conclusion(const ReviewSpec& spec, const PlanReview& review,
                                   std::optional<ReviewReason>* reason) {
  int not_met = 0, key_not_met = 0, partly_met = 0, key_partly_met = 0;
  for (std::size_t g = 0; g < review.groups.size() && g < spec.groups.size(); ++g) {
    for (std::size_t e = 0; e < review.groups[g].size() && e < spec.groups[g].elements.size(); ++e) {
      const bool key = spec.groups[g].elements[e].key;
      switch (review.groups[g][e].rating) {
        case ReviewRating::NotMet:
          ++not_met;
          if (key) ++key_not_met;
          break;
        case ReviewRating::PartlyMet:
          ++partly_met;
          if (key) ++key_partly_met;
          break;
        default:
          break;
      }
    }
  }
  std::optional<ReviewReason> why = holds(spec.fail, not_met, key_not_met, partly_met, key_partly_met);
  ReviewConclusion out = ReviewConclusion::Fail;
  if (!why) {
    why = holds(spec.revise, not_met, key_not_met, partly_met, key_partly_met);
    out = why ? ReviewConclusion::Revise : ReviewConclusion::Pass;
  }
  if (reason) *reason = why;
  return out;
}

PlanReview review_plan(const ReviewSpec& spec, const PlanResult& plan) {
  PlanReview out;
  for (const ReviewGroup& g : spec.groups) {
    std::vector<ElementReview> rated;
    rated.reserve(g.elements.size());
    for (const ReviewElement& e : g.elements) rated.push_back(rate(spec, e, plan));
    out.groups.push_back(std::move(rated));
  }
  out.conclusion = review_conclusion(spec, out, &out.reason);
  return out;
}

std::string_view to_string(ReviewRating r) {
  switch (r) {
    case ReviewRating::Met: return "met";
    case ReviewRating::PartlyMet: return "partly-met";
    case ReviewRating::NotMet: return "not-met";
    case ReviewRating::NotApplicable: break;
  }
  return "not-applicable";
}

std::string_view to_string(ReviewConclusion c) {
  switch (c) {
    case ReviewConclusion::Pass: return "pass";
    case ReviewConclusion::Revise: return "revise";
    case ReviewConclusion::Fail: break;
  }
  return "fail";
}

const char* label(ReviewRating r, Lang lang) {
  const bool en = lang == Lang::En;
  switch (r) {
    case ReviewRating::Met: return en ? "Meets" : "符合";
    case ReviewRating::PartlyMet: return en ? "Largely meets" : "基本符合";
    case ReviewRating::NotMet: return en ? "Does not meet" : "不符合";
    case ReviewRating::NotApplicable: break;
  }
  return en ? "Not applicable" : "不适用";
}

const char* label(ReviewConclusion c, Lang lang) {
  const bool en = lang == Lang::En;
  switch (c) {
    case ReviewConclusion::Pass: return en ? "Approved" : "通过";
    case ReviewConclusion::Revise: return en ? "Approved after revision" : "修改后通过";
    case ReviewConclusion::Fail: break;
  }
  return en ? "Not approved" : "不通过";
}

}  // namespace plancheck
