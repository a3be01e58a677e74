#pragma once
// Text encodings of imported files: detection from a sample (BOM, then byte
// validity) and a streaming converter to UTF-8, which is what the CSV reader
// tokenises. GB18030 and Windows-1252 come from Qt's ICU-backed converters.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <string>

namespace ltv::io {

enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Gb18030, Windows1252 };

// Canonical lower-case name: "utf-8", "utf-16le", "utf-16be", "gb18030", "windows-1252"; "auto".
QString encodingName(TextEncoding encoding);
// Accepts the canonical names and common aliases (utf8, utf16le, gbk, gb2312, cp1252, ...).
bool parseEncodingName(const QString &name, TextEncoding *encoding);

// Best guess for a file starting with sample: BOM first, then UTF-16 by zero
// bytes, then UTF-8 validity, then GB18030 when every non-ASCII byte forms a
// double-byte pair, else Windows-1252.
TextEncoding detectEncoding(QByteArrayView sample);
// Number of bytes of byte-order mark at the start of data for encoding (0 if none).
int bomLength(QByteArrayView data, TextEncoding encoding);
// True when data is valid UTF-8; a sequence cut off at the very end counts as valid
// when allowTruncatedEnd is set (for samples).
bool isValidUtf8(QByteArrayView data, bool allowTruncatedEnd = false);

// Converts a byte stream in chunks to UTF-8, keeping partial characters
// between chunks. A leading BOM is dropped.
class Utf8Converter
{
public:
    explicit Utf8Converter(TextEncoding encoding);
    // Appends the UTF-8 form of chunk to out.
    void convert(QByteArrayView chunk, std::string &out);
    // True when some input could not be decoded (it was replaced by U+FFFD).
    bool hadErrors() const { return errors_; }

private:
    TextEncoding encoding_;
    QStringDecoder decoder_;
    bool atStart_ = true;
    bool errors_ = false;
};

} // namespace ltv::io
