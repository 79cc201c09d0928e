#ifndef JIXIAO_WORKBOOK_XML_H
#define JIXIAO_WORKBOOK_XML_H

/// Whether this process formatted any of libxlsxwriter's fprintf and snprintf calls itself,
/// and how many it passed on to glibc (see WorkbookXML.c).
int jixiao_xml_formatted_any(void);
long jixiao_xml_passed_on(void);

#endif
