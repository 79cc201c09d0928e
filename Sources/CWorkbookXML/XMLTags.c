// libxlsxwriter writes an XML tag with attributes (every row's `<row r="12" spans="1:26" ht="29"
// customHeight="1" outlineLevel="1">`, every formatted empty cell's `<c r="B7" s="5"/>`) with one
// fprintf for `<row`, two for each attribute (after strpbrk has looked for characters to escape)
// and one for the closing `>`: a row of five attributes took twelve formatted writes, each
// locking the stream. The jixiao executable defines lxw_xml_start_tag and lxw_xml_empty_tag
// (libxlsxwriter calls them through its PLT, so the executable's definitions come first, as in
// WorkbookXML.c) and writes the same bytes, the values escaped as libxlsxwriter's
// _escape_attributes escapes them, with one fwrite under one lock.
// Linked into the executable only.
#define _GNU_SOURCE
#include <stdio.h>
#include <xlsxwriter/xmlwriter.h>

enum { bufferSize = 1024 };

/// A tag's bytes gathered for one write to `stream`, passed on whenever the buffer fills.
typedef struct {
    FILE *stream;
    size_t length;
    char bytes[bufferSize];
} Output;

static void flush(Output *output) {
    fwrite_unlocked(output->bytes, 1, output->length, output->stream);
    output->length = 0;
}

// Byte by byte: tags, keys and values are a few bytes each, shorter than a call to memcpy.
static inline void put(Output *output, char byte) {
    if (output->length == bufferSize) flush(output);
    output->bytes[output->length++] = byte;
}

static void putText(Output *output, const char *text) {
    for (; *text; text++) put(output, *text);
}

/// An attribute's value as _escape_attributes writes it: `&`, `<`, `>`, `"` and line feeds as entities.
static void putEscaped(Output *output, const char *value) {
    for (; *value; value++) {
        switch (*value) {
        case '&': putText(output, "&amp;"); break;
        case '<': putText(output, "&lt;"); break;
        case '>': putText(output, "&gt;"); break;
        case '"': putText(output, "&quot;"); break;
        case '\n': putText(output, "&#xA;"); break;
        default: put(output, *value);
        }
    }
}

/// `<tag key="value" …` and then `end`.
static void writeTag(FILE *stream, const char *tag, struct xml_attribute_list *attributes, const char *end) {
    Output output;  // the bytes are not cleared: only the first `length` are read
    output.stream = stream;
    output.length = 0;
    flockfile(stream);
    put(&output, '<');
    putText(&output, tag);
    if (attributes) {
        struct xml_attribute *attribute;
        STAILQ_FOREACH(attribute, attributes, list_entries) {
            put(&output, ' ');
            putText(&output, attribute->key);
            putText(&output, "=\"");
            putEscaped(&output, attribute->value);
            put(&output, '"');
        }
    }
    putText(&output, end);
    flush(&output);
    funlockfile(stream);
}

void lxw_xml_start_tag(FILE *stream, const char *tag, struct xml_attribute_list *attributes) {
    writeTag(stream, tag, attributes, ">");
}

void lxw_xml_empty_tag(FILE *stream, const char *tag, struct xml_attribute_list *attributes) {
    writeTag(stream, tag, attributes, "/>");
}
