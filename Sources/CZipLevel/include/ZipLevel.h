#ifndef JIXIAO_ZIP_LEVEL_H
#define JIXIAO_ZIP_LEVEL_H

/// The deflate level libxlsxwriter's workbooks are zipped at in this process, and how many
/// parts of workbooks were zipped through jixiao's choice of level (0: none, so zlib's
/// default served them; see ZipLevel.c).
int jixiao_zip_level(void);
long jixiao_zip_parts(void);

#endif
