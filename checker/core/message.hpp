// A user-facing message as a stage returns it: a catalogue id and named fields. The text is chosen by
// language only where it is shown, so stages stay free of any language (checker/core/catalogue.cpp holds
// every message in Chinese and English).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/lang.hpp"

namespace plancheck {

// One id per message of checker/core/catalogue.cpp, in the same order (a test checks both).
enum class MsgId : std::uint16_t {
  // Text written by an earlier run (a JSON report read back): shown as it was. {text}
  Verbatim,
  // command line
  UsageHint, UnknownCommand, UnknownOption, DidYouMean, BecauseOf, BadValue, MissingArgument, TooManyArguments, BadUsage,
  OptionsExclusive,
  RulesetRequired, UnknownRule, NoRulesets, Valid, UnknownXmlRoot, OutputFailed, NoPlanFound, NothingSkipped, Interrupted,
  InternalError, NeedsPlanTexts,
  // discovering the files of folders
  DiscoverFolderUnreadable, DiscoverCannotRead, DiscoverDanglingLink, DiscoverCannotFollow, DiscoverLinkLoop,
  // files (ingest)
  FileNotFound, FolderUnreadable, PermissionDenied, IsDirectory, CannotRead, NoSpace, SystemError, NotRegularFile, TooLarge, EmptyFile, OnlyWhiteSpace,
  BinaryNul, BinaryControls, BinarySignature, InvalidBytes,
  // XML well-formedness (libxml2) and safety
  XmlEmpty, XmlTooLarge, XmlParserFailed, XmlNotWellFormed, XmlTagMismatch, XmlTagNameExpected,
  XmlPrematureEnd, XmlAttributeError, XmlEntityError, XmlNamespaceError, XmlBadCharacter, XmlStartTag,
  XmlDocumentEnd, XmlSyntaxOther, XmlPlansUnsupported, XmlEntityDeclaration, XmlExternalEntity, XmlExternalDtd,
  // XML schema validation
  SchemaFileUnreadable, SchemaInvalid, SchemaValidatorFailed, SchemaValidationFailed, SchemaUnexpected,
  SchemaUnexpectedExpected, SchemaIncomplete, SchemaMissingAttribute, SchemaAttributeNotAllowed,
  SchemaUndeclaredRoot, SchemaNoText, SchemaOther, PlanRootNotPlan,
  // pugixml (rulesets, waivers)
  XmlReadError,
  // rulesets
  RulesetUnreadable, RulesetNoSuchFile, RulesetNoSuchId, RulesetExtendsCycle, RulesetExtendsDeep,
  RulesetExtendsMissing, RulesetRootNotRuleset, RulesetNeedsIdVersion, RulesetDisableNeedsRule,
  RulesetRuleNeedsId, RulesetRuleTwice, RulesetMessageNeedsKey, RulesetOverrideKind, RulesetDisableUnknown,
  RulesetOverrideUnknown, RulesetNeedsSeverity, RulesetIncomplete, RulesetNoMessage, RulesetMessageNoText,
  RulesetMessageFormat, RulesetUnknownMessage, RulesetUnknownKind, RulesetParam, RulesetNotCompiled,
  RulesetReviewTwice, RulesetReviewDuplicate, RulesetReviewUnknownRule, RulesetReviewIncomplete, ReviewNotDefined,
  // waivers and inline suppressions
  WaiverUnreadable, WaiverUnknownRule, SuppressionNoReason, SuppressionNoRule, SuppressionUnknownDirective,
  SuppressionUnknownRule,
  // results database and history
  DbError, DbNoRun, DbNewerSchema, DbNotPlancheck,
  // reports read back (merge, baseline)
  ReportUnreadable, BaselineUnreadable, NotJson, NotAReport, NoPlansArray, MergeOverlap, MergeMixedRulesets, MergeMixedVersions, MergeMixedAsOf,
  // dashboard folder
  DashboardNotFolder, DashboardNotOurs, DashboardReplace, DashboardCreate, DashboardWrite,
  // not a plan
  NotAPlanNoChinese, NotAPlanNoVocabulary,
  // organisation profile (--org-profile)
  OrgProfileUnreadable, OrgProfileOpenQuote, OrgProfileHeader, OrgProfileEmptyPath, OrgProfileUnknownKind, OrgProfileEmpty,
  // Word, OpenDocument and PDF files
  OfficeLegacyWord, OfficeEncrypted, OfficeOtherOle, OfficeDamagedZip, OfficeMissingPart, OfficeBadPart, OfficePartTooLarge, OfficeTotalTooLarge, OfficeEncryptedPart, OfficeNotAPlanZip, OfficeDamagedPdf, OfficeLockedPdf, OfficeScannedPdf, OfficeEmptyDocument, OfficeFileTooLarge,
  // limits a user may raise, and a plan stopped inside
  PlanInterrupted, LimitTime, LimitFileSize, LimitLineLength, LimitSentenceLength, LimitSections, LimitSectionDepth,
  Count
};

using MessageFields = std::vector<std::pair<std::string, std::string>>;

struct Message {
  MsgId id = MsgId::Verbatim;
  MessageFields fields;
  std::vector<Message> because = {};  // what caused it (e.g. why a file could not be read), shown after it

  // The catalogue's template for `id` in `lang`, filled with `fields`.
  std::string text(Lang lang) const;
  // text() without the "did you mean" of with_suggestion.
  std::string format(Lang lang) const;
  // The value of a field, or "" when absent.
  const std::string& field(std::string_view name) const;
};

// `m` followed by "did you mean '<suggestion>'?" in the chosen language; `m` itself when `suggestion` is
// empty (nothing close enough).
Message with_suggestion(Message m, std::string suggestion);

// The candidate closest to `word` by edit distance (insertions, deletions, substitutions, transpositions,
// counted in code points), or "" when none is within a third of the word's length (at least 1, at most 3)
// — close enough to be a typo, not a different word.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// What an errno value means, as a catalogue message (the C library's text is in English only).
Message system_error_message(int error_number);

// An already-written text (e.g. from a JSON report): shown as it is in any language.
Message verbatim(std::string text);

struct CatalogueEntry {
  MsgId id;
  const char* name;    // stable dotted name, e.g. "ingest.empty"
  const char* fields;  // the named fields the templates use, space-separated ("file line")
  const char* zh;
  const char* en;
};

// Every message, in MsgId order.
const std::vector<CatalogueEntry>& catalogue();
const CatalogueEntry& catalogue_entry(MsgId id);

}  // namespace plancheck
