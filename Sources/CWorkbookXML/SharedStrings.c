// libxlsxwriter keeps a workbook's shared strings in a red-black tree ordered by strcmp; for
// every string written to a cell it allocates an element and a copy of the string, inserts
// them (a strcmp per level of the tree) and, when the string was there already (most are: a
// project's name on each of its rows, 正向指标, %), frees both again. The jixiao executable
// defines the table's three functions (libxlsxwriter calls them through its PLT, as in
// WorkbookXML.c) and finds a string by its hash in an open-addressing table beside the table's
// insertion-ordered list, which is all libxlsxwriter reads when it writes sharedStrings.xml; an
// element is made only for a string not seen before. Same strings, same indexes, same counts.
// Linked into the executable only.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter/shared_strings.h>

/// The table libxlsxwriter knows (`sst`, first, so a pointer to it is a pointer to this) and
/// the hash index beside it: `capacity` slots (a power of two) of elements and their hashes.
typedef struct {
    lxw_sst sst;
    struct sst_element **elements;
    uint64_t *hashes;
    size_t capacity, count;
} Strings;

static uint64_t hashText(const char *text, size_t length) {
    uint64_t hash = 0x9E3779B97F4A7C15ull ^ length;
    size_t at = 0;
    for (; at + 8 <= length; at += 8) {
        uint64_t word;
        memcpy(&word, text + at, 8);
        hash = (hash ^ word) * 0xFF51AFD7ED558CCDull;
        hash ^= hash >> 32;
    }
    uint64_t tail = 0;
    memcpy(&tail, text + at, length - at);
    hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return hash ^ (hash >> 29);
}

/// Doubles the index (at half full), placing every element again by its hash.
static int grow(Strings *strings) {
    size_t capacity = strings->capacity ? strings->capacity * 2 : 1024;
    struct sst_element **elements = calloc(capacity, sizeof *elements);
    uint64_t *hashes = malloc(capacity * sizeof *hashes);
    if (!elements || !hashes) {
        free(elements);
        free(hashes);
        return 0;
    }
    for (size_t slot = 0; slot < strings->capacity; slot++) {
        if (!strings->elements[slot]) continue;
        size_t at = strings->hashes[slot] & (capacity - 1);
        while (elements[at]) at = (at + 1) & (capacity - 1);
        elements[at] = strings->elements[slot];
        hashes[at] = strings->hashes[slot];
    }
    free(strings->elements);
    free(strings->hashes);
    strings->elements = elements;
    strings->hashes = hashes;
    strings->capacity = capacity;
    return 1;
}

lxw_sst *lxw_sst_new(void) {
    Strings *strings = calloc(1, sizeof(Strings));
    if (!strings) return NULL;
    strings->sst.rb_tree = calloc(1, sizeof(struct sst_rb_tree));
    strings->sst.order_list = calloc(1, sizeof(struct sst_order_list));
    if (!strings->sst.rb_tree || !strings->sst.order_list || !grow(strings)) {
        lxw_sst_free(&strings->sst);
        return NULL;
    }
    RB_INIT(strings->sst.rb_tree);
    STAILQ_INIT(strings->sst.order_list);
    return &strings->sst;
}

void lxw_sst_free(lxw_sst *sst) {
    if (!sst) return;
    Strings *strings = (Strings *)sst;
    if (sst->order_list) {
        struct sst_element *element, *next;
        STAILQ_FOREACH_SAFE(element, sst->order_list, sst_order_pointers, next) {
            free(element->string);
            free(element);
        }
    }
    free(sst->order_list);
    free(sst->rb_tree);
    free(strings->elements);
    free(strings->hashes);
    free(strings);
}

struct sst_element *lxw_get_sst_index(lxw_sst *sst, const char *string, uint8_t is_rich_string) {
    Strings *strings = (Strings *)sst;
    size_t length = strlen(string);
    uint64_t hash = hashText(string, length);
    size_t mask = strings->capacity - 1, at = hash & mask;
    for (; strings->elements[at]; at = (at + 1) & mask) {
        if (strings->hashes[at] == hash && strcmp(strings->elements[at]->string, string) == 0) {
            sst->string_count++;
            return strings->elements[at];
        }
    }
    if (2 * (strings->count + 1) > strings->capacity) {
        if (!grow(strings)) return NULL;
        mask = strings->capacity - 1;
        for (at = hash & mask; strings->elements[at]; at = (at + 1) & mask) {}
    }
    struct sst_element *element = calloc(1, sizeof(struct sst_element));
    char *copy = malloc(length + 1);
    if (!element || !copy) {
        free(element);
        free(copy);
        return NULL;
    }
    memcpy(copy, string, length + 1);
    element->index = sst->unique_count;
    element->string = copy;
    element->is_rich_string = is_rich_string;
    STAILQ_INSERT_TAIL(sst->order_list, element, sst_order_pointers);
    strings->elements[at] = element;
    strings->hashes[at] = hash;
    strings->count++;
    sst->string_count++;
    sst->unique_count++;
    return element;
}
