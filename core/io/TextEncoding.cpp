#include "io/TextEncoding.h"

namespace ltv::io {

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Gb18030:
        return QStringLiteral("gb18030");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

bool parseEncodingName(const QString &name, TextEncoding *encoding)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == u"auto")
        *encoding = TextEncoding::Auto;
    else if (n == u"utf8")
        *encoding = TextEncoding::Utf8;
    else if (n == u"utf16le" || n == u"utf16")
        *encoding = TextEncoding::Utf16LE;
    else if (n == u"utf16be")
        *encoding = TextEncoding::Utf16BE;
    else if (n == u"gb18030" || n == u"gbk" || n == u"gb2312" || n == u"cp936")
        *encoding = TextEncoding::Gb18030;
    else if (n == u"windows1252" || n == u"cp1252" || n == u"latin1" || n == u"iso88591")
        *encoding = TextEncoding::Windows1252;
    else
        return false;
    return true;
}

int bomLength(QByteArrayView data, TextEncoding encoding)
{
    const auto starts = [&](std::initializer_list<unsigned char> bom) {
        if (data.size() < static_cast<qsizetype>(bom.size()))
            return false;
        qsizetype i = 0;
        for (unsigned char b : bom)
            if (static_cast<unsigned char>(data[i++]) != b)
                return false;
        return true;
    };
    switch (encoding) {
    case TextEncoding::Utf8:
        return starts({0xEF, 0xBB, 0xBF}) ? 3 : 0;
    case TextEncoding::Utf16LE:
        return starts({0xFF, 0xFE}) ? 2 : 0;
    case TextEncoding::Utf16BE:
        return starts({0xFE, 0xFF}) ? 2 : 0;
    case TextEncoding::Gb18030:
        return starts({0x84, 0x31, 0x95, 0x33}) ? 4 : 0;
    default:
        return 0;
    }
}

bool isValidUtf8(QByteArrayView data, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int minimum = 0;
        unsigned int code = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + length > n) {
            for (qsizetype k = i + 1; k < n; ++k)
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            return allowTruncatedEnd;
        }
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

namespace {
// GB18030 text from Chinese Excel is made of double-byte characters whose
// both bytes are >= 0x81. Windows-1252 text has lone high bytes next to ASCII.
bool looksLikeGb18030(QByteArrayView sample)
{
    const auto *p = reinterpret_cast<const unsigned char *>(sample.data());
    const qsizetype n = sample.size();
    qsizetype pairs = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] < 0x80)
            continue;
        if (p[i] == 0x80 || p[i] == 0xFF)
            return false;
        if (i + 1 >= n)
            break; // cut off at the sample's end
        const unsigned char second = p[i + 1];
        if (second >= 0x30 && second <= 0x39) { // four-byte form
            if (i + 3 < n && !(p[i + 2] >= 0x81 && p[i + 2] <= 0xFE && p[i + 3] >= 0x30 && p[i + 3] <= 0x39))
                return false;
            i += 3;
        } else if (second >= 0x81 && second <= 0xFE) {
            ++i;
        } else {
            return false;
        }
        ++pairs;
    }
    if (pairs == 0)
        return false;
    QStringDecoder decoder("GB18030");
    const QString text = decoder(sample);
    return !decoder.hasError();
}
} // namespace

TextEncoding detectEncoding(QByteArrayView sample)
{
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE})
        if (bomLength(sample, e) > 0)
            return e;
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < sample.size(); ++i)
        if (sample[i] == '\0')
            ++(i % 2 == 0 ? zeroEven : zeroOdd);
    const qsizetype half = sample.size() / 2;
    if (half > 0 && zeroOdd > half / 4 && zeroOdd > 4 * zeroEven)
        return TextEncoding::Utf16LE;
    if (half > 0 && zeroEven > half / 4 && zeroEven > 4 * zeroOdd)
        return TextEncoding::Utf16BE;
    if (isValidUtf8(sample, true))
        return TextEncoding::Utf8;
    if (looksLikeGb18030(sample))
        return TextEncoding::Gb18030;
    return TextEncoding::Windows1252;
}

namespace {
QStringDecoder makeDecoder(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE);
    case TextEncoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE);
    case TextEncoding::Gb18030:
        return QStringDecoder("GB18030");
    case TextEncoding::Windows1252:
        return QStringDecoder("windows-1252");
    default:
        return QStringDecoder(QStringConverter::Utf8);
    }
}
} // namespace

Utf8Converter::Utf8Converter(TextEncoding encoding)
    : encoding_(encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding)
    , decoder_(makeDecoder(encoding_))
{}

void Utf8Converter::convert(QByteArrayView chunk, std::string &out)
{
    if (atStart_ && !chunk.isEmpty()) {
        atStart_ = false;
        chunk = chunk.sliced(bomLength(chunk, encoding_));
    }
    if (encoding_ == TextEncoding::Utf8) {
        out.append(chunk.data(), static_cast<std::size_t>(chunk.size()));
        return;
    }
    const QString text = decoder_(chunk);
    errors_ = errors_ || decoder_.hasError();
    const QByteArray utf8 = text.toUtf8();
    out.append(utf8.constData(), static_cast<std::size_t>(utf8.size()));
}

} // namespace ltv::io
