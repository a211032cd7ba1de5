#include "data/TarGzReader.h"

#include <algorithm>
#include <utility>

#include <QCoreApplication>
#include <QLocale>

#include <zlib.h>

namespace cnnlab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cnnlab::TarGzReader)
};

constexpr qsizetype BlockSize = 512;
// A GNU long name or a pax header larger than this is no honest archive's.
constexpr qint64 MaxExtendedHeaderBytes = 64 * 1024;
constexpr qsizetype InflateChunk = 64 * 1024;

// Header fields (POSIX ustar; GNU tar writes the same offsets).
constexpr int NameOffset = 0, NameSize = 100;
constexpr int SizeOffset = 124, SizeSize = 12;
constexpr int ChecksumOffset = 148, ChecksumSize = 8;
constexpr int TypeOffset = 156;
constexpr int MagicOffset = 257;
constexpr int PrefixOffset = 345, PrefixSize = 155;

// A NUL-terminated (or full-width) text field.
QByteArray field(const QByteArray &block, int offset, int size)
{
    const QByteArray raw = block.mid(offset, size);
    const qsizetype nul = raw.indexOf('\0');
    return nul < 0 ? raw : raw.left(nul);
}

// An octal number field (spaces and NULs around it allowed); -1 when it is not one.
qint64 octalField(const QByteArray &block, int offset, int size)
{
    const QByteArray text = field(block, offset, size).trimmed();
    if (text.isEmpty())
        return 0;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '7' || value > (qint64(1) << 58))
            return -1;
        value = value * 8 + (c - '0');
    }
    return value;
}

bool headerChecksumMatches(const QByteArray &block)
{
    // The sum of the header's bytes with the checksum field counted as spaces;
    // old tars summed them as signed chars, so either sum is accepted.
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < BlockSize; ++i) {
        const bool inField = i >= ChecksumOffset && i < ChecksumOffset + ChecksumSize;
        const char c = inField ? ' ' : block.at(i);
        unsignedSum += static_cast<unsigned char>(c);
        signedSum += static_cast<signed char>(c);
    }
    const qint64 stored = octalField(block, ChecksumOffset, ChecksumSize);
    return stored >= 0 && (stored == unsignedSum || stored == signedSum);
}

QString entryPath(const QByteArray &raw)
{
    QString path = QString::fromUtf8(raw);
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    return path;
}

// The "path" record of a pax extended header ("LEN path=VALUE\n" records), or an empty string.
QByteArray paxPath(const QByteArray &header)
{
    qsizetype at = 0;
    while (at < header.size()) {
        const qsizetype space = header.indexOf(' ', at);
        if (space < 0)
            break;
        bool ok = false;
        const qsizetype length = header.mid(at, space - at).toLongLong(&ok);
        if (!ok || length <= space - at || at + length > header.size())
            break;
        const QByteArray record = header.mid(space + 1, length - (space - at) - 2); // without the '\n'
        if (record.startsWith("path="))
            return record.mid(5);
        at += length;
    }
    return {};
}

} // namespace

// --- TarStreamReader

TarStreamReader::TarStreamReader(FileStart onFile, FileData onData)
    : m_onFile(std::move(onFile))
    , m_onData(std::move(onData))
{
}

bool TarStreamReader::fail(const QString &message, QString *error)
{
    m_failed = true;
    m_error = message;
    *error = message;
    return false;
}

void TarStreamReader::enterEntry(State state, qint64 size)
{
    m_state = state;
    m_remaining = size;
    m_padding = (BlockSize - size % BlockSize) % BlockSize;
    m_extended.clear();
}

bool TarStreamReader::feed(QByteArrayView bytes, QString *error)
{
    if (m_failed) {
        *error = m_error;
        return false;
    }
    while (!bytes.isEmpty()) {
        switch (m_state) {
        case State::End:
            m_position += bytes.size(); // whatever follows the end blocks is ignored, as tar does
            return true;
        case State::Header: {
            const qsizetype take = std::min(bytes.size(), BlockSize - m_block.size());
            m_block.append(bytes.first(take));
            bytes = bytes.sliced(take);
            m_position += take;
            if (m_block.size() == BlockSize && !parseHeader(error))
                return false;
            continue;
        }
        case State::Data:
        case State::Skip:
        case State::LongName:
        case State::PaxHeader:
            break;
        }
        if (m_remaining > 0) {
            const qsizetype take = qsizetype(std::min<qint64>(bytes.size(), m_remaining));
            const QByteArrayView piece = bytes.first(take);
            if (m_state == State::Data) {
                QString refused;
                if (!m_onData(piece, &refused))
                    return fail(refused, error);
            } else if (m_state == State::LongName || m_state == State::PaxHeader) {
                m_extended.append(piece);
            }
            bytes = bytes.sliced(take);
            m_remaining -= take;
            m_position += take;
            continue;
        }
        const qsizetype skip = qsizetype(std::min<qint64>(bytes.size(), m_padding));
        bytes = bytes.sliced(skip);
        m_padding -= skip;
        m_position += skip;
        if (m_padding > 0)
            continue;
        if (m_state == State::LongName)
            m_nextPath = entryPath(field(m_extended, 0, int(m_extended.size())));
        else if (m_state == State::PaxHeader && !paxPath(m_extended).isEmpty())
            m_nextPath = entryPath(paxPath(m_extended));
        m_extended.clear();
        m_state = State::Header;
    }
    return true;
}

bool TarStreamReader::parseHeader(QString *error)
{
    const QByteArray block = std::exchange(m_block, QByteArray());
    if (block.count('\0') == BlockSize) {
        // Two blocks of zeros end the archive; tar accepts one, and so do we.
        if (++m_zeroBlocks == 2)
            m_state = State::End;
        return true;
    }
    m_zeroBlocks = 0;
    const qint64 headerAt = m_position - BlockSize;
    if (!headerChecksumMatches(block)) {
        return fail(Tr::tr("not a tar archive: the header at byte %1 has a wrong checksum")
                        .arg(QLocale().toString(headerAt)),
                    error);
    }
    const qint64 size = octalField(block, SizeOffset, SizeSize);
    QByteArray rawPath = field(block, NameOffset, NameSize);
    if (block.mid(MagicOffset, 5) == "ustar") {
        const QByteArray prefix = field(block, PrefixOffset, PrefixSize);
        if (!prefix.isEmpty())
            rawPath = prefix + '/' + rawPath;
    }
    m_entryPath = m_nextPath.isEmpty() ? entryPath(rawPath) : std::exchange(m_nextPath, QString());
    if (size < 0) {
        return fail(Tr::tr("the tar entry \"%1\" has a size this reader does not take (8 GB or more, or not a "
                           "number)")
                        .arg(m_entryPath),
                    error);
    }
    const char type = block.at(TypeOffset);
    switch (type) {
    case 'L':
    case 'x':
        if (size > MaxExtendedHeaderBytes)
            return fail(Tr::tr("the tar archive's extended header at byte %1 is too long (%2 bytes)")
                            .arg(QLocale().toString(headerAt), QLocale().toString(size)),
                        error);
        enterEntry(type == 'L' ? State::LongName : State::PaxHeader, size);
        return true;
    case '0':
    case '\0':
    case '7': { // a regular file ('7': contiguous, read as regular by every tar)
        bool wanted = false;
        QString refused;
        if (!m_onFile(m_entryPath, size, &wanted, &refused))
            return fail(refused, error);
        enterEntry(wanted ? State::Data : State::Skip, size);
        return true;
    }
    default: // directories, links, devices, pax global headers: their data (if any) is skipped
        enterEntry(State::Skip, size);
        return true;
    }
}

bool TarStreamReader::finish(QString *error) const
{
    if (m_failed) {
        *error = m_error;
        return false;
    }
    if (m_state == State::End || (m_state == State::Header && m_block.isEmpty() && m_extended.isEmpty()))
        return true;
    if (m_state == State::Header) {
        *error = Tr::tr("the tar archive ends inside a header (after %1 bytes)").arg(QLocale().toString(m_position));
    } else {
        *error = Tr::tr("the tar archive ends inside \"%1\" (%2 bytes missing)")
                     .arg(m_entryPath, QLocale().toString(m_remaining + m_padding));
    }
    return false;
}

// --- TarGzReader

struct TarGzReader::Inflater
{
    z_stream stream{};
    bool ready = false;

    Inflater()
    {
        // 16 + MAX_WBITS: a gzip wrapper (header and CRC-32 trailer checked by zlib).
        ready = inflateInit2(&stream, 16 + MAX_WBITS) == Z_OK;
    }
    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
    }
};

TarGzReader::TarGzReader(TarStreamReader::FileStart onFile, TarStreamReader::FileData onData,
                         qint64 maxUnpackedBytes)
    : m_inflater(std::make_unique<Inflater>())
    , m_tar(std::move(onFile), std::move(onData))
    , m_maxUnpacked(maxUnpackedBytes)
{
}

TarGzReader::~TarGzReader() = default;

bool TarGzReader::feed(QByteArrayView bytes, QString *error)
{
    if (m_failed || !m_inflater->ready) {
        *error = m_failed ? m_error : Tr::tr("zlib could not be initialised");
        return false;
    }
    auto fail = [this, error](const QString &message) {
        m_failed = true;
        m_error = message;
        *error = message;
        return false;
    };
    z_stream &zs = m_inflater->stream;
    QByteArray out(InflateChunk, Qt::Uninitialized);
    while (!bytes.isEmpty()) {
        if (m_streamEnded) {
            // Another gzip member follows (gzip allows them one after another).
            if (inflateReset(&zs) != Z_OK)
                return fail(Tr::tr("zlib could not be reset"));
            m_streamEnded = false;
        }
        const auto inputSize = uInt(std::min<qsizetype>(bytes.size(), 1 << 30));
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
        zs.avail_in = inputSize;
        int result = Z_OK;
        do {
            zs.next_out = reinterpret_cast<Bytef *>(out.data());
            zs.avail_out = uInt(out.size());
            result = inflate(&zs, Z_NO_FLUSH);
            if (result == Z_NEED_DICT || result == Z_DATA_ERROR || result == Z_MEM_ERROR || result == Z_STREAM_ERROR) {
                const QString detail = zs.msg ? QString::fromLatin1(zs.msg) : QString::number(result);
                return fail(m_unpacked == 0 && zs.total_out == 0 && result == Z_DATA_ERROR
                                ? Tr::tr("not a gzip-compressed file (%1)").arg(detail)
                                : Tr::tr("the compressed data is corrupt (%1)").arg(detail));
            }
            const qsizetype produced = out.size() - qsizetype(zs.avail_out);
            m_unpacked += produced;
            if (m_unpacked > m_maxUnpacked)
                return fail(Tr::tr("the archive unpacks to more than %1 MB").arg(m_maxUnpacked / (1024 * 1024)));
            if (produced > 0 && !m_tar.feed(QByteArrayView(out.constData(), produced), error))
                return fail(*error);
        } while (result != Z_STREAM_END && zs.avail_out == 0);
        const qsizetype consumed = qsizetype(inputSize - zs.avail_in);
        bytes = bytes.sliced(consumed);
        if (result == Z_STREAM_END)
            m_streamEnded = true;
        else if (consumed == 0 && !bytes.isEmpty())
            return fail(Tr::tr("the compressed data is corrupt (no progress)"));
    }
    return true;
}

bool TarGzReader::finish(QString *error) const
{
    if (m_failed) {
        *error = m_error;
        return false;
    }
    if (!m_streamEnded) {
        *error = m_unpacked == 0 ? Tr::tr("the archive is empty or not gzip-compressed")
                                 : Tr::tr("the archive is cut short (the compressed stream does not end)");
        return false;
    }
    return m_tar.finish(error);
}

} // namespace cnnlab
