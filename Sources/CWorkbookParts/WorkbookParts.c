// libxlsxwriter writes every part of a workbook (each sheet's XML, the shared strings, the
// styles …) to a temporary file, reads it back into the ZIP and deletes it: thousands of
// files created and deleted per run. On an ext4 file system that was a fifth of a run's CPU in
// the kernel (allocating inodes past the recently deleted ones). The jixiao executable
// defines libxlsxwriter's lxw_tmpfile, so libxlsxwriter's calls come here (an executable's
// definition comes first in the dynamic linker's search, as WorkbookDeflate.c's does), and gives it
// a stdio stream over a growing buffer in memory instead (glibc's fopencookie). A part lives
// only while libxlsxwriter writes and zips it. If the stream cannot be made, the part goes
// to libxlsxwriter's own temporary file. Linked into the executable only.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include "PartBuffer.h"
#include "WorkbookParts.h"

static atomic_long partsInMemory;
static atomic_long largestPart;

typedef struct {
    jixiao_part_buffer buffer;
    off64_t position;
} Part;

// libxlsxwriter writes a part, rewinds it and reads it once into the ZIP. What has been read
// is given back as it goes (PartBuffer.c); reading or writing there again fails loudly.
static ssize_t readPart(void *cookie, char *buffer, size_t count) {
    Part *part = cookie;
    if ((size_t)part->position < part->buffer.released) return -1;
    if ((size_t)part->position >= part->buffer.size) return 0;
    size_t available = part->buffer.size - (size_t)part->position;
    if (count > available) count = available;
    memcpy(buffer, part->buffer.bytes + part->position, count);
    part->position += (off64_t)count;
    jixiao_part_buffer_release(&part->buffer, (size_t)part->position);
    return (ssize_t)count;
}

static ssize_t writePart(void *cookie, const char *buffer, size_t count) {
    Part *part = cookie;
    size_t end = (size_t)part->position + count;
    if ((size_t)part->position < part->buffer.released) return -1;
    // stdio reports a failed write; the workbook check sees it
    if (jixiao_part_buffer_reserve(&part->buffer, end) != 0) return -1;
    size_t size = part->buffer.size;
    if ((size_t)part->position > size) memset(part->buffer.bytes + size, 0, (size_t)part->position - size);
    memcpy(part->buffer.bytes + part->position, buffer, count);
    part->position = (off64_t)end;
    if (end > size) part->buffer.size = end;
    return (ssize_t)count;
}

static int seekPart(void *cookie, off64_t *offset, int whence) {
    Part *part = cookie;
    off64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? part->position : (off64_t)part->buffer.size;
    off64_t target = base + *offset;
    if (target < 0) return -1;
    part->position = target;
    *offset = target;
    return 0;
}

static int closePart(void *cookie) {
    Part *part = cookie;
    long size = (long)part->buffer.size;
    long largest = atomic_load(&largestPart);
    while (size > largest && !atomic_compare_exchange_weak(&largestPart, &largest, size)) {}
    jixiao_part_buffer_free(&part->buffer);
    free(part);
    return 0;
}

FILE *lxw_tmpfile(char *tmpdir) {
    Part *part = calloc(1, sizeof(Part));
    if (part) {
        cookie_io_functions_t io = {readPart, writePart, seekPart, closePart};
        FILE *stream = fopencookie(part, "w+", io);
        // A larger buffer than stdio's 8 KiB: fewer hand-overs to writePart, and room to format
        // straight into it (Sources/CWorkbookXML/WorkbookXML.c).
        if (stream) setvbuf(stream, NULL, _IOFBF, 64 * 1024);
        if (stream) {
            atomic_fetch_add(&partsInMemory, 1);
            return stream;
        }
        free(part);
    }
    FILE *(*onDisk)(char *) = (FILE * (*)(char *)) dlsym(RTLD_NEXT, "lxw_tmpfile");
    return onDisk ? onDisk(tmpdir) : NULL;
}

long jixiao_parts_in_memory(void) { return atomic_load(&partsInMemory); }
long jixiao_largest_part_bytes(void) { return atomic_load(&largestPart); }
