// libxlsxwriter zips each workbook part through minizip, which deflates it with zlib at
// zlib's default level, 6; libxlsxwriter has no setting for either, and deflate was the
// largest single cost of writing a workbook. libdeflate (Debian's libdeflate-dev), made for
// compressing whole buffers, deflates the same parts at its level 1 in a third of the time
// zlib takes at level 4, into parts 8% larger (README, "Benchmark").
//
// The jixiao executable defines minizip's zipOpenNewFileInZip4_64, zipWriteInFileInZip and
// zipCloseFileInZip, so libxlsxwriter's calls come here first (an executable's definition
// comes first in the dynamic linker's search, as jemalloc's malloc does). A part opened at
// the default level is opened raw: its bytes are gathered as libxlsxwriter writes them and,
// when it closes the part, deflated at once with libdeflate and handed to minizip as
// compressed data with their size and CRC-32. Every other call goes on to minizip unchanged.
// A workbook is written on one thread from its first part to its last, and minizip has one
// part open at a time, so the part being gathered is per thread.
// Linked into the executable only: the library and the tests write through zlib.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <libdeflate.h>
#include <xlsxwriter/third_party/zip.h>
#include "PartBuffer.h"
#include "WorkbookDeflate.h"

// libdeflate's fastest level: smaller parts than zlib's fastest, in half its time.
static const int workbookLevel = 1;
static atomic_long deflatedParts;

typedef int (*OpenPart)(zipFile, const char *, const zip_fileinfo *, const void *, uInt, const void *, uInt,
                        const char *, int, int, int, int, int, int, const char *, uLong, uLong, uLong, int);
typedef int (*WritePart)(zipFile, const void *, unsigned);
typedef int (*ClosePart)(zipFile);
typedef int (*ClosePartRaw)(zipFile, uLong, uLong);

/// minizip's own function of that name (the next definition after the executable's).
static void *minizip(const char *name, _Atomic(void *) *cache) {
    void *function = atomic_load(cache);
    if (!function) {
        function = dlsym(RTLD_NEXT, name);
        atomic_store(cache, function);
    }
    return function;
}
#define MINIZIP(type, name) \
    static _Atomic(void *) name##Cache; \
    type name##Next = (type)minizip(#name, &name##Cache); \
    if (!name##Next) return ZIP_INTERNALERROR;

/// The part this thread is gathering: its zip, and its bytes so far.
static __thread struct {
    zipFile file;
    jixiao_part_buffer buffer;
    int failed;
} gathering;

static __thread struct libdeflate_compressor *compressor;

int zipOpenNewFileInZip4_64(zipFile file, const char *filename, const zip_fileinfo *zipfi,
                            const void *extrafield_local, uInt size_extrafield_local,
                            const void *extrafield_global, uInt size_extrafield_global,
                            const char *comment, int method, int level, int raw, int windowBits,
                            int memLevel, int strategy, const char *password, uLong crcForCrypting,
                            uLong versionMadeBy, uLong flagBase, int zip64) {
    MINIZIP(OpenPart, zipOpenNewFileInZip4_64)
    // Only a deflated part at the default level is taken over: a caller that chose a level,
    // another method, raw data or a password keeps minizip's way.
    int takeOver = level == Z_DEFAULT_COMPRESSION && method == Z_DEFLATED && !raw && password == NULL;
    if (takeOver && !compressor) compressor = libdeflate_alloc_compressor(workbookLevel);
    if (!takeOver || !compressor)
        return zipOpenNewFileInZip4_64Next(file, filename, zipfi, extrafield_local, size_extrafield_local,
                                           extrafield_global, size_extrafield_global, comment, method, level,
                                           raw, windowBits, memLevel, strategy, password, crcForCrypting,
                                           versionMadeBy, flagBase, zip64);
    int result = zipOpenNewFileInZip4_64Next(file, filename, zipfi, extrafield_local, size_extrafield_local,
                                             extrafield_global, size_extrafield_global, comment, method,
                                             workbookLevel, 1, windowBits, memLevel, strategy, password,
                                             crcForCrypting, versionMadeBy, flagBase, zip64);
    if (result == ZIP_OK) {
        gathering.file = file;
        gathering.buffer.size = 0;
        gathering.failed = 0;
    }
    return result;
}

int zipWriteInFileInZip(zipFile file, const void *buf, unsigned len) {
    MINIZIP(WritePart, zipWriteInFileInZip)
    if (file == NULL || file != gathering.file) return zipWriteInFileInZipNext(file, buf, len);
    if (jixiao_part_buffer_append(&gathering.buffer, buf, len) != 0) {
        gathering.failed = 1;
        return ZIP_INTERNALERROR;
    }
    return ZIP_OK;
}

int zipCloseFileInZip(zipFile file) {
    MINIZIP(ClosePart, zipCloseFileInZip)
    MINIZIP(WritePart, zipWriteInFileInZip)
    MINIZIP(ClosePartRaw, zipCloseFileInZipRaw)
    if (file == NULL || file != gathering.file) return zipCloseFileInZipNext(file);
    gathering.file = NULL;
    int result = gathering.failed ? ZIP_INTERNALERROR : ZIP_OK;
    const unsigned char *bytes = gathering.buffer.bytes;
    size_t gathered = gathering.buffer.size;
    // The output's bound is about the input's size, but only the pages deflate writes (an
    // eighth) are resident when it is mapped (PartBuffer.c).
    jixiao_part_buffer deflated = {0};
    size_t bound = libdeflate_deflate_compress_bound(compressor, gathered);
    if (result == ZIP_OK && jixiao_part_buffer_reserve(&deflated, bound) != 0) result = ZIP_INTERNALERROR;
    size_t size = result == ZIP_OK ? libdeflate_deflate_compress(compressor, bytes, gathered, deflated.bytes, bound) : 0;
    if (result == ZIP_OK && size == 0) result = ZIP_INTERNALERROR;
    if (result == ZIP_OK) result = zipWriteInFileInZipNext(file, deflated.bytes, (unsigned)size);
    uLong crc = (uLong)libdeflate_crc32(0, bytes, gathered);
    // minizip closes the part either way (its central directory needs the entry); an error
    // above makes libxlsxwriter report the workbook as not written.
    int closed = zipCloseFileInZipRawNext(file, (uLong)gathered, crc);
    jixiao_part_buffer_free(&deflated);
    // A large part's buffer is not kept for the next one (a run writes a few large lists).
    if (gathering.buffer.mapped) jixiao_part_buffer_free(&gathering.buffer);
    if (result == ZIP_OK) atomic_fetch_add(&deflatedParts, 1);
    return result == ZIP_OK ? closed : result;
}

int jixiao_deflate_level(void) { return workbookLevel; }
long jixiao_deflate_parts(void) { return atomic_load(&deflatedParts); }
const char *jixiao_deflate_library(void) { return "libdeflate " LIBDEFLATE_VERSION_STRING; }
