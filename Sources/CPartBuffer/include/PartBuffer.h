#ifndef JIXIAO_PART_BUFFER_H
#define JIXIAO_PART_BUFFER_H

#include <stddef.h>

/// A growing byte buffer for one workbook part (see PartBuffer.c). Zero-initialised is empty.
typedef struct {
    unsigned char *bytes;
    size_t size;      // bytes written
    size_t capacity;
    size_t released;  // bytes at the start given back to the system (a mapped buffer's whole pages)
    int mapped;       // in its own mapping (large), else from malloc
} jixiao_part_buffer;

/// Room for `end` bytes; 0 when there is, -1 when memory ran out (the buffer is unchanged).
int jixiao_part_buffer_reserve(jixiao_part_buffer *buffer, size_t end);

/// Appends `count` bytes; 0, or -1 when memory ran out.
int jixiao_part_buffer_append(jixiao_part_buffer *buffer, const void *bytes, size_t count);

/// The bytes before `offset` will not be read again: a mapped buffer gives their whole pages
/// back to the system (they read as zeros after). A malloc'd buffer keeps them.
void jixiao_part_buffer_release(jixiao_part_buffer *buffer, size_t offset);

/// Frees the buffer and leaves it empty.
void jixiao_part_buffer_free(jixiao_part_buffer *buffer);

/// Buffers grow in their own mapping from this size on.
size_t jixiao_part_buffer_mapping_threshold(void);

#endif
