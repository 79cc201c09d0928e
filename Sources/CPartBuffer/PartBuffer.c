// A workbook part's bytes while libxlsxwriter writes it and the part is zipped. Small parts
// (nearly all) grow by realloc. A large one (a summary sheet of tens of MB) moves into its own
// anonymous mapping: it grows by mremap, which moves pages instead of copying them, so it is
// never held twice while it grows; and the pages already read out are given back at once
// (madvise), so a part copied into the compressor's buffer is not held twice either. Only
// touched pages of a mapping are resident: the unused end of a doubled capacity costs nothing.
// A national run's summary workbook peaked about 90 MiB above its cells while its largest part
// (25 MB of XML) was held as the part, as the compressor's copy and as realloc's copies.
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "PartBuffer.h"

static const size_t mappingThreshold = 4u << 20;

size_t jixiao_part_buffer_mapping_threshold(void) { return mappingThreshold; }

static size_t pageSize(void) {
    static size_t size;
    if (!size) size = (size_t)sysconf(_SC_PAGESIZE);
    return size;
}

int jixiao_part_buffer_reserve(jixiao_part_buffer *buffer, size_t end) {
    if (end <= buffer->capacity) return 0;
    size_t capacity = buffer->capacity ? buffer->capacity : 64 * 1024;
    while (capacity < end) capacity *= 2;
    if (capacity <= mappingThreshold) {
        unsigned char *grown = realloc(buffer->bytes, capacity);
        if (!grown) return -1;
        buffer->bytes = grown;
    } else if (buffer->mapped) {
        void *grown = mremap(buffer->bytes, buffer->capacity, capacity, MREMAP_MAYMOVE);
        if (grown == MAP_FAILED) return -1;
        buffer->bytes = grown;
    } else {
        void *mapping = mmap(NULL, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapping == MAP_FAILED) return -1;
        if (buffer->size) memcpy(mapping, buffer->bytes, buffer->size);
        free(buffer->bytes);
        buffer->bytes = mapping;
        buffer->mapped = 1;
    }
    buffer->capacity = capacity;
    return 0;
}

int jixiao_part_buffer_append(jixiao_part_buffer *buffer, const void *bytes, size_t count) {
    if (jixiao_part_buffer_reserve(buffer, buffer->size + count) != 0) return -1;
    memcpy(buffer->bytes + buffer->size, bytes, count);
    buffer->size += count;
    return 0;
}

void jixiao_part_buffer_release(jixiao_part_buffer *buffer, size_t offset) {
    if (!buffer->mapped) return;
    size_t end = offset - offset % pageSize();
    if (end <= buffer->released) return;
    if (madvise(buffer->bytes + buffer->released, end - buffer->released, MADV_DONTNEED) == 0)
        buffer->released = end;
}

void jixiao_part_buffer_free(jixiao_part_buffer *buffer) {
    if (buffer->mapped) munmap(buffer->bytes, buffer->capacity);
    else free(buffer->bytes);
    memset(buffer, 0, sizeof *buffer);
}
