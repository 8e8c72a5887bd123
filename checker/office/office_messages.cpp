#include "office/office_messages.hpp"

namespace plancheck::office {

namespace {

struct Entry {
  Msg msg;
  const char* zh;
  const char* en;
};

// Each message names the cause and the fix, on one line.
constexpr Entry kMessages[] = {
    {Msg::LegacyWord,
     "旧版二进制 Word/WPS 文档（.doc/.wps，OLE 复合文件），无法直接读取；请先转换：soffice --headless --convert-to docx {file}",
     "legacy binary Word/WPS document (.doc/.wps, an OLE compound file) cannot be read; convert it first: "
     "soffice --headless --convert-to docx {file}"},
    {Msg::Encrypted,
     "加密的 Office 文档（受密码保护），无法读取；请在 Word/WPS 中取消密码后另存为 .docx",
     "encrypted (password-protected) Office document cannot be read; remove the password in Word/WPS and save "
     "it again as .docx"},
    {Msg::OtherOle,
     "OLE 复合文件，但不是 Word 文档；请另存为 .docx、PDF 或文本：soffice --headless --convert-to docx {file}",
     "an OLE compound file that is not a Word document; save it as .docx, PDF or text: "
     "soffice --headless --convert-to docx {file}"},
    {Msg::DamagedZip,
     "压缩包已损坏或被截断（{cause}），无法读取；请从原件重新导出或重新下载该文件",
     "damaged or truncated archive ({cause}); export or download the file again from the original"},
    {Msg::MissingPart,
     "不是有效的 Word/OpenDocument 文档：缺少 {part}；请在 Word/WPS/LibreOffice 中打开并另存为 .docx",
     "not a valid Word/OpenDocument document: {part} is missing; open it in Word/WPS/LibreOffice and save it "
     "again as .docx"},
    {Msg::BadPart,
     "{part} 不是格式正确的 XML（{cause}）；请在 Word/WPS/LibreOffice 中打开并另存为 .docx",
     "{part} is not well-formed XML ({cause}); open the file in Word/WPS/LibreOffice and save it again as .docx"},
    {Msg::PartTooLarge,
     "{part} 解压后超过 {limit_mib} MiB（单个部件的上限），疑为压缩炸弹，已拒绝",
     "{part} expands to more than {limit_mib} MiB (the limit for one part); refused as a possible zip bomb"},
    {Msg::TotalTooLarge,
     "解压后的内容合计超过 {limit_mib} MiB（每个文件的上限），疑为压缩炸弹，已拒绝",
     "the parts read expand to more than {limit_mib} MiB in total (the limit for one file); refused as a "
     "possible zip bomb"},
    {Msg::EncryptedPart,
     "{part} 已加密，无法读取；请取消密码后重新保存",
     "{part} is encrypted and cannot be read; remove the password and save the file again"},
    {Msg::NotAPlanZip,
     "ZIP 压缩包，但不是 Word（.docx）或 OpenDocument（.odt）文档；请解压后逐个检查其中的预案",
     "a ZIP archive that is not a Word (.docx) or OpenDocument (.odt) document; unpack it and check the plans "
     "inside"},
    {Msg::DamagedPdf,
     "PDF 已损坏或不是有效的 PDF，无法读取；请从原件重新导出 PDF",
     "damaged or invalid PDF cannot be read; export the PDF again from the original"},
    {Msg::LockedPdf,
     "PDF 已加密（需要打开密码），无法读取；请提供未加密的 PDF",
     "encrypted PDF (an open password is required) cannot be read; provide an unencrypted PDF"},
    {Msg::ScannedPdf,
     "PDF 的 {pages} 页均无文字层（扫描件），需先进行 OCR 文字识别，例如：ocrmypdf -l chi_sim {file} out.pdf",
     "none of the PDF's {pages} pages has a text layer (a scan); it needs OCR first, e.g. "
     "ocrmypdf -l chi_sim {file} out.pdf"},
    {Msg::EmptyDocument, "文档没有正文文字", "the document has no body text"},
    {Msg::FileTooLarge, "文件超过 {limit_mib} MiB，已拒绝", "the file is larger than {limit_mib} MiB; refused"},
};

}  // namespace

const char* message(Msg msg, Lang lang) {
  for (const Entry& e : kMessages) {
    if (e.msg == msg) return lang == Lang::En ? e.en : e.zh;
  }
  return "";
}

}  // namespace plancheck::office
