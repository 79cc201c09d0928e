// libxlsxwriter zips each workbook part through minizip at zlib's default level, 6, and
// offers no setting for it; deflate at level 6 was a third of a run's CPU. The jixiao
// executable defines minizip's zipOpenNewFileInZip4_64, so libxlsxwriter's calls come here
// (an executable's definition comes first in the dynamic linker's search, as jemalloc's
// malloc does), and passes them on to minizip at level 4: on the benchmark's workbooks the
// county writer's CPU 28% less, the files 7.6% larger (README, "Benchmark").
// Linked into the executable only: the library and the tests write at zlib's default.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <xlsxwriter/third_party/zip.h>
#include "ZipLevel.h"

static const int workbookLevel = 4;
static atomic_long zippedParts;

typedef int (*OpenPart)(zipFile, const char *, const zip_fileinfo *, const void *, uInt, const void *, uInt,
                        const char *, int, int, int, int, int, int, const char *, uLong, uLong, uLong, int);

int zipOpenNewFileInZip4_64(zipFile file, const char *filename, const zip_fileinfo *zipfi,
                            const void *extrafield_local, uInt size_extrafield_local,
                            const void *extrafield_global, uInt size_extrafield_global,
                            const char *comment, int method, int level, int raw, int windowBits,
                            int memLevel, int strategy, const char *password, uLong crcForCrypting,
                            uLong versionMadeBy, uLong flagBase, int zip64) {
    static _Atomic(OpenPart) minizip;
    OpenPart open = atomic_load(&minizip);
    if (!open) {
        open = (OpenPart)dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64");
        if (!open) return ZIP_INTERNALERROR;
        atomic_store(&minizip, open);
    }
    // Only the default is replaced: a caller that chose a level keeps it.
    if (level == Z_DEFAULT_COMPRESSION) {
        level = workbookLevel;
        atomic_fetch_add(&zippedParts, 1);
    }
    return open(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                size_extrafield_global, comment, method, level, raw, windowBits, memLevel, strategy,
                password, crcForCrypting, versionMadeBy, flagBase, zip64);
}

int jixiao_zip_level(void) { return atomic_load(&zippedParts) > 0 ? workbookLevel : 6; }
long jixiao_zip_parts(void) { return atomic_load(&zippedParts); }
