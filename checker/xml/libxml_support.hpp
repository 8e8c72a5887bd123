// Private to checker/xml: the libxml2 side of Schema and the one-time library initialisation.
#pragma once

#include <string>

#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include "core/message.hpp"

#include "xml/xml_check.hpp"

namespace plancheck::xml {

// Owns the compiled schema; libxml2 allows one compiled schema to be used by many validation contexts
// (one per call) at once, as long as nobody modifies it.
struct Schema::Impl {
  xmlSchemaPtr schema = nullptr;
  Impl() = default;
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl();
};

// The first error a libxml2 component reports (later ones are usually consequences of it).
struct FirstError {
  bool set = false;
  std::string raw;          // libxml2's text, flattened to one line (names the attribute concerned)
  Message message;          // the catalogue message for it
  xmlNodePtr node = nullptr;  // the node concerned, when validating a tree
  int line = 0;
  int column = 0;           // as libxml2 counts it; prefer byte offsets where available
};

// An xmlStructuredErrorFunc whose context is a FirstError; warnings are ignored.
void keep_first_error(void* first_error, xmlErrorPtr error);

// xmlInitParser must run once before libxml2 is used from several threads.
void ensure_libxml_initialised();

}  // namespace plancheck::xml
