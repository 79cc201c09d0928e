// libxlsxwriter makes each XML attribute it writes (`r="12"`, `spans="1:26"`, `ht="29"` …) as a
// struct of two 2,080-byte arrays, filled with strncpy, which pads each array with zeros to its
// end: 4 KiB written for every attribute of every row. The jixiao executable defines the three
// functions that make them (libxlsxwriter calls them through its PLT, so the executable's
// definitions come first, as in WorkbookXML.c) and copies only the key's and the value's bytes
// and their terminating zero, cut at the same length as strncpy's. Everything that reads an
// attribute reads the two as C strings, so what libxlsxwriter writes is unchanged. Numbers are
// written as WorkbookXML.c writes them (XMLNumbers.h), the same bytes as libxlsxwriter's snprintf
// `%d` and `%.16G`, without taking the format apart on every call.
// Linked into the executable only.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter/xmlwriter.h>
#include "XMLNumbers.h"

/// strncpy's copy to a LXW_MAX_ATTRIBUTE_LENGTH array with its last byte zero, without the padding.
static void copyText(char *destination, const char *text) {
    size_t length = strnlen(text, LXW_MAX_ATTRIBUTE_LENGTH - 1);
    memcpy(destination, text, length);
    destination[length] = 0;
}

/// A new attribute holding `key`, its value still to write; NULL when memory ran out.
static struct xml_attribute *attributeWithKey(const char *key) {
    struct xml_attribute *attribute = malloc(sizeof(struct xml_attribute));
    if (attribute) copyText(attribute->key, key);
    return attribute;
}

struct xml_attribute *lxw_new_attribute_str(const char *key, const char *value) {
    struct xml_attribute *attribute = attributeWithKey(key);
    if (attribute) copyText(attribute->value, value);
    return attribute;
}

struct xml_attribute *lxw_new_attribute_int(const char *key, uint32_t value) {
    struct xml_attribute *attribute = attributeWithKey(key);
    // libxlsxwriter prints it with `%d`: a value above INT_MAX shows as negative.
    if (attribute) attribute->value[jixiao_xml_int(attribute->value, (int)value)] = 0;
    return attribute;
}

struct xml_attribute *lxw_new_attribute_dbl(const char *key, double value) {
    struct xml_attribute *attribute = attributeWithKey(key);
    if (!attribute) return NULL;
    int length = jixiao_xml_double(attribute->value, value);
    if (length >= 0) {
        attribute->value[length] = 0;
    } else {
        snprintf(attribute->value, LXW_ATTR_32, "%.16G", value);
    }
    return attribute;
}
