#include "office/zip_archive.hpp"

#include <zip.h>


namespace plancheck::office {

struct ZipArchive::State {
  zip_t* zip = nullptr;
  std::string path;
  ZipLimits limits;
  std::size_t total_read = 0;

  ~State() {
    if (zip) zip_discard(zip);
  }
};

namespace {

std::string error_text(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

std::size_t mib(std::size_t bytes) { return bytes >> 20; }

}  // namespace

ZipArchive::ZipArchive(std::unique_ptr<State> state) : state_(std::move(state)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

std::optional<ZipArchive> ZipArchive::open(std::string_view bytes, const std::string& path,
                                           ZipFailure& failure, ZipLimits limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) {
    failure.message = Message{MsgId::OfficeDamagedZip, {{"file", path}, {"cause", zip_error_strerror(&error)}}};
    zip_error_fini(&error);
    return std::nullopt;
  }
  zip_t* zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!zip) {
    zip_source_free(source);
    failure.message = Message{MsgId::OfficeDamagedZip, {{"file", path}, {"cause", zip_error_strerror(&error)}}};
    zip_error_fini(&error);
    return std::nullopt;
  }
  zip_error_fini(&error);
  auto state = std::make_unique<State>();
  state->zip = zip;
  state->path = path;
  state->limits = limits;
  return ZipArchive(std::move(state));
}

bool ZipArchive::has(const std::string& name) const { return zip_name_locate(state_->zip, name.c_str(), 0) >= 0; }

std::optional<std::string> ZipArchive::read(const std::string& name, ZipFailure& failure) {
  State& s = *state_;
  const zip_int64_t index = zip_name_locate(s.zip, name.c_str(), 0);
  if (index < 0) {
    failure.message = Message{MsgId::OfficeMissingPart, {{"file", s.path}, {"part", name}}};
    return std::nullopt;
  }
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(s.zip, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
    failure.message = Message{MsgId::OfficeDamagedZip, {{"file", s.path}, {"cause", zip_strerror(s.zip)}}};
    return std::nullopt;
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    failure.message = Message{MsgId::OfficeEncryptedPart, {{"part", name}}};
    return std::nullopt;
  }
  const std::size_t part_limit = s.limits.max_part_bytes;
  const std::size_t total_left = s.limits.max_total_bytes - s.total_read;
  if ((st.valid & ZIP_STAT_SIZE) && st.size > part_limit) {
    failure.message = Message{MsgId::OfficePartTooLarge, {{"part", name}, {"limit_mib", std::to_string(mib(part_limit))}}};
    return std::nullopt;
  }
  if ((st.valid & ZIP_STAT_SIZE) && st.size > total_left) {
    failure.message = Message{MsgId::OfficeTotalTooLarge, {{"limit_mib", std::to_string(mib(s.limits.max_total_bytes))}}};
    return std::nullopt;
  }
  zip_file_t* file = zip_fopen_index(s.zip, static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    failure.message = Message{MsgId::OfficeDamagedZip, {{"file", s.path}, {"cause", zip_strerror(s.zip)}}};
    return std::nullopt;
  }
  // The declared size may lie: read in chunks and stop one byte past whichever limit is nearer.
  const std::size_t cap = std::min(part_limit, total_left);
  std::string out;
  char buffer[65536];
  for (;;) {
    const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      const int code = zip_error_code_zip(zip_file_get_error(file));
      zip_fclose(file);
      failure.message = Message{MsgId::OfficeDamagedZip, {{"file", s.path}, {"cause", error_text(code)}}};
      return std::nullopt;
    }
    if (n == 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
    if (out.size() > cap) {
      zip_fclose(file);
      failure.message = out.size() > part_limit
                            ? Message{MsgId::OfficePartTooLarge, {{"part", name}, {"limit_mib", std::to_string(mib(part_limit))}}}
                            : Message{MsgId::OfficeTotalTooLarge, {{"limit_mib", std::to_string(mib(s.limits.max_total_bytes))}}};
      return std::nullopt;
    }
  }
  const int closed = zip_fclose(file);
  if (closed != 0) {
    failure.message = Message{MsgId::OfficeDamagedZip, {{"file", s.path}, {"cause", error_text(closed)}}};
    return std::nullopt;
  }
  s.total_read += out.size();
  return out;
}

}  // namespace plancheck::office
