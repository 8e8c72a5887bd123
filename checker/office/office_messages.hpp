// The Word, PDF and OpenDocument readers' error messages in Chinese and English, kept in one table.
#pragma once

#include <string>

#include <fmt/format.h>

#include "core/lang.hpp"

namespace plancheck::office {

enum class Msg {
  LegacyWord,       // {file}: an OLE compound file (.doc, .wps)
  Encrypted,        // {file}: an OLE container holding an encrypted Office package
  OtherOle,         // {file}: an OLE compound file that is not a Word document
  DamagedZip,       // {file} {cause}
  MissingPart,      // {file} {part}
  BadPart,          // {file} {part} {cause}
  PartTooLarge,     // {part} {limit_mib}
  TotalTooLarge,    // {limit_mib}
  EncryptedPart,    // {part}
  NotAPlanZip,      // {file}
  DamagedPdf,       // {file}
  LockedPdf,        // {file}
  ScannedPdf,       // {file} {pages}
  EmptyDocument,    // —
  FileTooLarge,     // {limit_mib}
};

// The template for `msg` in `lang` (fmt named fields as listed beside each Msg).
const char* message(Msg msg, Lang lang);

template <typename... Args>
std::string say(Msg msg, Lang lang, Args&&... args) {
  return fmt::format(fmt::runtime(message(msg, lang)), std::forward<Args>(args)...);
}

}  // namespace plancheck::office
