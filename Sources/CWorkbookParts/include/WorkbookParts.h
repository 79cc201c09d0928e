#ifndef JIXIAO_WORKBOOK_PARTS_H
#define JIXIAO_WORKBOOK_PARTS_H

/// How many of libxlsxwriter's temporary files this process kept in memory (0: none, so they
/// went to disk as libxlsxwriter does it; see WorkbookParts.c), and the largest one in bytes.
long jixiao_parts_in_memory(void);
long jixiao_largest_part_bytes(void);

#endif
