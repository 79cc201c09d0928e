#ifndef JIXIAO_WORKBOOK_DEFLATE_H
#define JIXIAO_WORKBOOK_DEFLATE_H

/// The level libdeflate compresses libxlsxwriter's workbook parts at in this process, how
/// many parts it compressed (0: none, so minizip and zlib served them; see WorkbookDeflate.c),
/// and the library's name and version.
int jixiao_deflate_level(void);
long jixiao_deflate_parts(void);
const char *jixiao_deflate_library(void);

#endif
