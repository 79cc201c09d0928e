// Numbers as libxlsxwriter's printf formats write them, for WorkbookXML.c's formats and
// XMLAttributes.c's attribute values. Private to the target.
#ifndef JIXIAO_XML_NUMBERS_H
#define JIXIAO_XML_NUMBERS_H

/// `%d` of `value` at `out` (room for 11 bytes; no terminating zero); returns the length.
__attribute__((visibility("hidden"))) int jixiao_xml_int(char *out, int value);

/// `%.16G` of `value` at `out` (room for 32 bytes; no terminating zero); returns the length, or
/// -1 when glibc's text would not fit.
__attribute__((visibility("hidden"))) int jixiao_xml_double(char *out, double value);

#endif
