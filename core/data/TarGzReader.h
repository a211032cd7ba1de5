#pragma once

// Reads a tar archive, or a gzip-compressed one (.tar.gz), as it arrives: a
// chunk at a time, so a download can be unpacked while it is being received and
// the archive itself never needs to be stored. Each regular file's path and size
// go to onFile(); when it says yes, its bytes follow through onData().
//
// Written by hand because neither Qt nor zlib reads tar (zlib does the
// decompression here), and Debian's libarchive would be a new dependency for
// the one archive the app downloads (CIFAR-10's release). What is read:
// POSIX ustar and GNU tar headers (the prefix field, GNU long names `L`, pax
// `x` headers' `path`); directories, links and other entries are skipped and
// never reach the caller, so nothing here can write outside where the caller
// decides. Sizes in GNU's base-256 form (files of 8 GB and more) are refused.

#include <cstdint>
#include <functional>
#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace cnnlab {

class TarStreamReader
{
public:
    // A regular file begins: its path as stored (a leading "./" removed) and
    // size. Return true to receive its bytes through onData(). false with *error
    // set stops reading with that error.
    using FileStart = std::function<bool(const QString &path, qint64 size, bool *wanted, QString *error)>;
    // A piece of the wanted file's bytes, in order; false with *error stops reading.
    using FileData = std::function<bool(QByteArrayView bytes, QString *error)>;

    TarStreamReader(FileStart onFile, FileData onData);

    // The archive's next bytes (uncompressed tar). False with *error when they
    // are not a tar archive or a callback refused; every later call fails too.
    bool feed(QByteArrayView bytes, QString *error);
    // The archive has ended: false with *error when it stopped inside an entry.
    bool finish(QString *error) const;
    // Bytes taken so far.
    qint64 position() const { return m_position; }

private:
    enum class State { Header, Data, Skip, LongName, PaxHeader, End };
    bool parseHeader(QString *error);
    void enterEntry(State state, qint64 size);
    bool fail(const QString &message, QString *error);

    FileStart m_onFile;
    FileData m_onData;
    State m_state = State::Header;
    QByteArray m_block;     // the header being collected (512 bytes)
    QByteArray m_extended;  // a GNU long name or pax header being collected
    QString m_nextPath;     // from the extended header, for the next entry
    QString m_entryPath;    // the entry being read (for messages)
    qint64 m_remaining = 0; // data bytes of the current entry still to come
    qint64 m_padding = 0;   // bytes after them up to the next 512-byte block
    qint64 m_position = 0;
    int m_zeroBlocks = 0;
    bool m_failed = false;
    QString m_error;
};

class TarGzReader
{
public:
    // The archive may unpack to at most this many bytes (a "zip bomb" stops
    // here); CIFAR-10's release unpacks to 185 MB.
    static constexpr qint64 DefaultMaxUnpackedBytes = qint64(512) * 1024 * 1024;

    TarGzReader(TarStreamReader::FileStart onFile, TarStreamReader::FileData onData,
                qint64 maxUnpackedBytes = DefaultMaxUnpackedBytes);
    ~TarGzReader();
    TarGzReader(const TarGzReader &) = delete;
    TarGzReader &operator=(const TarGzReader &) = delete;

    // The next compressed bytes. False with *error when they are not gzip, are
    // corrupt, unpack to too much, or the tar inside is refused.
    bool feed(QByteArrayView bytes, QString *error);
    // All bytes given: false with *error when the gzip stream or the tar
    // archive inside it is cut short.
    bool finish(QString *error) const;

private:
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
    TarStreamReader m_tar;
    qint64 m_maxUnpacked;
    qint64 m_unpacked = 0;
    bool m_streamEnded = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace cnnlab
