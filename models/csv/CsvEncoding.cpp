// SPDX-FileCopyrightText: 2026 The Grapevine developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvEncoding.h"

#include <memory>

#include <uchardet.h>

namespace grapevine::csv {

namespace {

const char* const kUtf8 = "UTF-8";
const char* const kUtf16Le = "UTF-16LE";
const char* const kUtf16Be = "UTF-16BE";
const char* const kWindows1252 = "windows-1252";

/// Without a BOM, UTF-16 text (mostly Latin letters) has a zero in every other byte.
std::optional<QString> utf16WithoutBom(QByteArrayView head)
{
    const qsizetype n = std::min<qsizetype>(head.size() & ~qsizetype(1), 4096);
    if (n < 4)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += head[i] == '\0';
        oddZeros += head[i + 1] == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs)
        return QString::fromLatin1(kUtf16Le);
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs)
        return QString::fromLatin1(kUtf16Be);
    return std::nullopt;
}

} // namespace

QStringList CsvEncoding::names()
{
    return {QString::fromLatin1(kUtf8), QString::fromLatin1(kUtf16Le), QString::fromLatin1(kUtf16Be),
        QString::fromLatin1(kWindows1252), QStringLiteral("ISO-8859-1"), QStringLiteral("ISO-8859-15"),
        QStringLiteral("macintosh")};
}

std::optional<QString> CsvEncoding::canonicalName(const QString& name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    static const std::pair<const char*, const char*> aliases[]
        = {{"utf8", kUtf8}, {"utf16le", kUtf16Le}, {"utf16", kUtf16Le}, {"unicode", kUtf16Le}, {"utf16be", kUtf16Be},
            {"windows1252", kWindows1252}, {"cp1252", kWindows1252}, {"win1252", kWindows1252}, {"ansi", kWindows1252},
            {"iso88591", "ISO-8859-1"}, {"latin1", "ISO-8859-1"}, {"l1", "ISO-8859-1"}, {"iso885915", "ISO-8859-15"},
            {"latin9", "ISO-8859-15"}, {"macintosh", "macintosh"}, {"macroman", "macintosh"}, {"mac", "macintosh"}};
    for (const auto& [alias, canonical] : aliases) {
        if (key == QLatin1String(alias))
            return QString::fromLatin1(canonical);
    }
    return std::nullopt;
}

QString CsvEncoding::displayName(const QString& name)
{
    if (name == QLatin1String(kUtf8))
        return tr("Unicode (UTF-8)");
    if (name == QLatin1String(kUtf16Le))
        return tr("Unicode (UTF-16, little-endian)");
    if (name == QLatin1String(kUtf16Be))
        return tr("Unicode (UTF-16, big-endian)");
    if (name == QLatin1String(kWindows1252))
        return tr("Western European (Windows-1252)");
    if (name == QLatin1String("ISO-8859-1"))
        return tr("Western European (ISO-8859-1)");
    if (name == QLatin1String("ISO-8859-15"))
        return tr("Western European with € (ISO-8859-15)");
    if (name == QLatin1String("macintosh"))
        return tr("Western European (Mac Roman)");
    return name;
}

bool CsvEncoding::isValidUtf8(QByteArrayView bytes)
{
    // Stateful: a character cut in two at the end of a sample is not an error.
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

DetectedEncoding CsvEncoding::detect(QByteArrayView head)
{
    const auto starts = [&head](std::initializer_list<unsigned char> bom) {
        if (head.size() < static_cast<qsizetype>(bom.size()))
            return false;
        qsizetype i = 0;
        for (const unsigned char b : bom) {
            if (static_cast<unsigned char>(head[i++]) != b)
                return false;
        }
        return true;
    };
    if (starts({0xEF, 0xBB, 0xBF}))
        return {QString::fromLatin1(kUtf8), 3, EncodingReason::ByteOrderMark};
    if (starts({0xFF, 0xFE}))
        return {QString::fromLatin1(kUtf16Le), 2, EncodingReason::ByteOrderMark};
    if (starts({0xFE, 0xFF}))
        return {QString::fromLatin1(kUtf16Be), 2, EncodingReason::ByteOrderMark};
    if (const auto utf16 = utf16WithoutBom(head))
        return {*utf16, 0, EncodingReason::Detected};
    if (isValidUtf8(head))
        return {QString::fromLatin1(kUtf8), 0, EncodingReason::Detected};

    // Not UTF-8: one of the single-byte encodings. uchardet tells them apart by letter
    // frequencies; what it names outside our list (or cannot name) is read as Windows-1252.
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    if (detector && uchardet_handle_data(detector.get(), head.data(), static_cast<size_t>(head.size())) == 0) {
        uchardet_data_end(detector.get());
        const QString found = QString::fromLatin1(uchardet_get_charset(detector.get()));
        if (const auto name = canonicalName(found); name && *name != QLatin1String(kUtf8))
            return {*name, 0, EncodingReason::Detected};
    }
    return {QString::fromLatin1(kWindows1252), 0, EncodingReason::Assumed};
}

FieldDecoder::FieldDecoder(const QString& encoding)
    : m_decoder(encoding.toLatin1().constData(), QStringConverter::Flag::Stateless)
{
    // Only ASCII-compatible encodings: a UTF-16 file is turned into UTF-8 before it is split.
    m_valid = CsvEncoding::names().contains(encoding) && !encoding.startsWith(QLatin1String("UTF-16"))
        && m_decoder.isValid();
}

QString FieldDecoder::decode(QByteArrayView bytes)
{
    // Each field stands alone: a sequence cut off at its end is an error, not carried over.
    m_decoder.resetState();
    QString text = m_decoder.decode(bytes);
    m_invalid = m_decoder.hasError();
    return text;
}

} // namespace grapevine::csv
