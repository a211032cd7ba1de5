#include "model/WeightsArchiveCheck_p.h"

#include <cstring>
#include <set>
#include <string>
#include <vector>

#include <zlib.h>

#include <QtEndian>

namespace cnnlab {

// LibTorch 1.13's PyTorchStreamReader opens the zip with miniz in its
// constructor and then throws from that constructor when the archive is not a
// PyTorch one (no files, no folder, no readable `version` record); the
// destructor never runs and miniz's buffers leak (found by fuzz_weights). And
// miniz allocates each record at the size the directory claims. So the zip's
// central directory is checked here first: every record must lie inside the
// file with a plausible size, and the conditions the reader's constructor
// checks must hold. Returns why the archive is refused, or an empty string.
QString zipProblem(const QByteArray &bytes)
{
    const auto u16 = [&](qint64 at) { return qFromLittleEndian<quint16>(bytes.constData() + at); };
    const auto u32 = [&](qint64 at) { return qFromLittleEndian<quint32>(bytes.constData() + at); };
    constexpr qint64 EndSize = 22;           // end of central directory record without comment
    constexpr qint64 MaxComment = 0xffff;    // the zip comment's largest size
    constexpr qint64 CentralSize = 46;       // central directory header without name/extra/comment
    constexpr qint64 LocalSize = 30;         // local file header without name/extra
    constexpr qint64 MaxDeflateRatio = 1032; // deflate cannot expand data more than this
    constexpr quint64 MinVersion = 1, MaxVersion = 10; // caffe2's k{Min,Max}SupportedFileFormatVersion in 1.13
    const QString damaged = QStringLiteral("the zip archive's directory is damaged");
    qint64 end = -1;
    for (qint64 at = bytes.size() - EndSize; at >= 0 && at >= bytes.size() - EndSize - MaxComment; --at) {
        if (u32(at) == 0x06054b50) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return QStringLiteral("the end of the zip archive is missing; the file is probably truncated");
    const quint16 entries = u16(end + 10);
    const quint32 directorySize = u32(end + 12), directoryOffset = u32(end + 16);
    if (entries == 0)
        return QStringLiteral("the zip archive holds no files");
    // 0xffff... would point to zip64 records; files below 4 GB (we read at most 1 GB) never need them.
    if (qint64(directoryOffset) + directorySize > end || entries == 0xffff)
        return damaged;
    // std::string, not QByteArray helpers: in debug builds an out-of-line copy of a Qt 6
    // inline such as QByteArray::append(const char *) is exported from the executable
    // and interposes the Qt 5 function of the same name that LibTorch's dependencies load.
    std::string prefix;
    std::set<std::string> names;
    bool hasVersion = false;
    qint64 at = directoryOffset;
    for (int i = 0; i < entries; ++i) {
        if (at + CentralSize > end || u32(at) != 0x02014b50)
            return damaged;
        const qint64 nameSize = u16(at + 28), next = at + CentralSize + nameSize + u16(at + 30) + u16(at + 32);
        if (next > end)
            return damaged;
        const std::string name(bytes.constData() + at + CentralSize, size_t(nameSize));
        if (!names.insert(name).second) // miniz then finds the wrong record and the reader's constructor throws
            return QStringLiteral("the zip archive holds %1 twice").arg(QString::fromUtf8(name.data(), qsizetype(name.size())));
        const quint16 method = u16(at + 10);
        const quint32 crc = u32(at + 16), packed = u32(at + 20), size = u32(at + 24), local = u32(at + 42);
        // Flag bits 0, 5 and 6 (encrypted, patched, strongly encrypted) make miniz refuse the record.
        if ((method != 0 && method != 8) || (u16(at + 8) & 0x61) != 0 || qint64(local) + LocalSize > end
            || u32(local) != 0x04034b50)
            return damaged;
        const qint64 data = qint64(local) + LocalSize + u16(local + 26) + u16(local + 28);
        if (data + packed > end || (method == 0 && size != packed)
            || (method == 8 && qint64(size) > qint64(packed) * MaxDeflateRatio + 1024))
            return damaged;
        if (i == 0) {
            if (name.find('/') == std::string::npos)
                return QStringLiteral("the files in the zip archive are not in a folder");
            prefix = name.substr(0, name.find('/') + 1);
        }
        if (!hasVersion && (name == prefix + "version" || name == prefix + ".data/version")) {
            const char *version = bytes.constData() + data;
            if (method != 0 || ::crc32(0, reinterpret_cast<const Bytef *>(version), uInt(size)) != crc)
                return QStringLiteral("the archive's version record is damaged");
            // What caffe2::stoull accepts in practice: digits, then a newline.
            quint64 number = 0;
            quint32 digits = 0;
            while (digits < size && digits < 8 && version[digits] >= '0' && version[digits] <= '9')
                number = number * 10 + quint64(version[digits++] - '0');
            if (digits == 0 || number < MinVersion || number > MaxVersion)
                return QStringLiteral("unsupported archive version");
            hasVersion = true;
        }
        at = next;
    }
    if (!hasVersion)
        return QStringLiteral("the zip archive has no version record, so it was not written by torch.save");
    return {};
}

namespace {

// One walk over a pickle: where it is, and how many items each MARK frame
// holds (m_items.back() is the current frame). Each step handles one kind of
// opcode and answers Other for the rest.
class PickleWalk final
{
public:
    enum class Op { Other, Ok, Damaged };

    PickleWalk(const char *data, size_t size) : m_p(reinterpret_cast<const unsigned char *>(data)), m_size(size) {}
    QString problem();

private:
    bool need(size_t n) const { return n <= m_size - m_at; }
    bool pop(qint64 n)
    {
        if (m_items.back() < n)
            return false;
        m_items.back() -= n;
        return true;
    }
    bool popMark()
    {
        if (m_items.size() < 2)
            return false;
        m_items.pop_back();
        return true;
    }
    // Skips `length` argument bytes once the opcode's checks (`ok`) passed.
    Op skip(bool ok, size_t length)
    {
        if (!ok || !need(length))
            return Op::Damaged;
        m_at += length;
        return Op::Ok;
    }
    Op noArgument(unsigned char op);
    Op fixedArgument(unsigned char op);
    Op lengthArgument(unsigned char op);
    Op lineArgument(unsigned char op);

    const unsigned char *m_p;
    size_t m_size;
    size_t m_at = 0;
    std::vector<qint64> m_items{0};
};

// No argument; net stack effects.
PickleWalk::Op PickleWalk::noArgument(unsigned char op)
{
    qint64 &top = m_items.back();
    bool ok = true;
    switch (op) {
    case '(': m_items.push_back(0); break;                       // MARK
    case '0': ok = pop(1) || popMark(); break;                   // POP (an item or a mark)
    case '1': ok = popMark(); break;                             // POP_MARK
    case '2': ok = pop(1); m_items.back() += 2; break;           // DUP
    case 'N': case 0x88: case 0x89: case '}': case ']': case ')': case 0x8f:
        top += 1; break;                                         // NONE, NEWTRUE/FALSE, EMPTY_*
    case 'Q': case 0x85: ok = pop(1); top += 1; break;           // BINPERSID, TUPLE1
    case 0x86: case 'R': case 'b': case 0x81: case 0x93:
        ok = pop(2); top += 1; break;                            // TUPLE2, REDUCE, BUILD, NEWOBJ, STACK_GLOBAL
    case 0x87: case 0x92: ok = pop(3); top += 1; break;          // TUPLE3, NEWOBJ_EX
    case 'a': ok = pop(1) && top >= 1; break;                    // APPEND
    case 's': ok = pop(2) && top >= 1; break;                    // SETITEM
    case 't': case 'l': case 'd': case 0x91:
        ok = popMark(); m_items.back() += 1; break;              // TUPLE, LIST, DICT, FROZENSET (mark..top)
    case 'e': case 'u': case 0x90:
        ok = popMark() && m_items.back() >= 1; break;            // APPENDS, SETITEMS, ADDITEMS
    case 0x94: ok = top >= 1; break;                             // MEMOIZE
    default: return Op::Other;
    }
    return skip(ok, 0);
}

// Fixed-size arguments.
PickleWalk::Op PickleWalk::fixedArgument(unsigned char op)
{
    qint64 &top = m_items.back();
    switch (op) {
    case 0x80: return skip(true, 1);                             // PROTO
    case 'K': case 'h': top += 1; return skip(true, 1);          // BININT1, BINGET
    case 'q': return skip(top >= 1, 1);                          // BINPUT
    case 'M': top += 1; return skip(true, 2);                    // BININT2
    case 'J': case 'j': top += 1; return skip(true, 4);          // BININT, LONG_BINGET
    case 'r':                                                    // LONG_BINPUT
        // The unpickler reserves 2 * id memo slots: an id beyond the pickle's size is a lie.
        return skip(top >= 1 && need(4) && qFromLittleEndian<quint32>(m_p + m_at) < m_size, 4);
    case 'G': top += 1; return skip(true, 8);                    // BINFLOAT
    case 0x95: return skip(true, 8);                             // FRAME
    default: return Op::Other;
    }
}

// Length-prefixed arguments: 1, 4 or 8 little-endian bytes of length.
PickleWalk::Op PickleWalk::lengthArgument(unsigned char op)
{
    size_t field = 0;
    switch (op) {
    case 'U': case 'C': case 0x8c: case 0x8a: field = 1; break;  // SHORT_BINSTRING/BYTES/UNICODE, LONG1
    case 'T': case 'B': case 'X': case 0x8b: field = 4; break;   // BINSTRING/BYTES/UNICODE, LONG4
    case 0x8d: case 0x8e: case 0x96: field = 8; break;           // BINUNICODE8, BINBYTES8, BYTEARRAY8
    default: return Op::Other;
    }
    if (!need(field))
        return Op::Damaged;
    quint64 n = 0;
    for (size_t i = 0; i < field; ++i)
        n |= quint64(m_p[m_at + i]) << (8 * i);
    m_at += field;
    if (n > m_size - m_at)
        return Op::Damaged; // claims more bytes than the pickle holds
    m_items.back() += 1;
    return skip(true, size_t(n));
}

// Newline-terminated arguments (protocol 0); GLOBAL has two lines.
PickleWalk::Op PickleWalk::lineArgument(unsigned char op)
{
    int lines = 1;
    switch (op) {
    case 'c': lines = 2; break;                                  // GLOBAL
    case 'I': case 'L': case 'F': case 'S': case 'V': case 'P': case 'g': break;
    case 'p':                                                    // PUT
        if (m_items.back() < 1)
            return Op::Damaged;
        break;
    default: return Op::Other;
    }
    for (int line = 0; line < lines; ++line) {
        const void *nl = std::memchr(m_p + m_at, '\n', m_size - m_at);
        if (!nl)
            return Op::Damaged;
        m_at = size_t(static_cast<const unsigned char *>(nl) - m_p) + 1;
    }
    if (op != 'p')
        m_items.back() += 1;
    return Op::Ok;
}

QString PickleWalk::problem()
{
    const QString damaged = QStringLiteral("the pickled data is damaged");
    while (m_at < m_size) {
        const unsigned char op = m_p[m_at++];
        if (op == '.') // STOP
            return m_items.back() >= 1 ? QString() : damaged;
        Op result = noArgument(op);
        if (result == Op::Other)
            result = fixedArgument(op);
        if (result == Op::Other)
            result = lengthArgument(op);
        if (result == Op::Other)
            result = lineArgument(op);
        if (result == Op::Other)
            return QStringLiteral("the pickled data holds an unsupported opcode 0x%1").arg(uint(op), 2, 16, QLatin1Char('0'));
        if (result == Op::Damaged)
            return damaged;
    }
    return QStringLiteral("the pickled data ends early");
}

} // namespace

// LibTorch 1.13's unpickler trusts the pickle: a string that claims 4 GB is
// reserved before it is read (fuzz_weights: out of memory), and opcodes that
// pop from an empty stack read out of bounds. So the pickle is walked here
// first, without building anything: every opcode must be known, every length
// must fit in what is left, and no opcode may pop more than the stack holds.
QString pickleProblem(const char *data, size_t size)
{
    return PickleWalk(data, size).problem();
}

} // namespace cnnlab
