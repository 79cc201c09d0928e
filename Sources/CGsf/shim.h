// libgsf opens the OLE2 compound file of a legacy .xls or .doc (from memory): the .xls reader
// reads the number formats of its Workbook stream, which FreeXL does not expose, and the .doc
// reader the WordDocument, table and Data streams.
#include <gsf/gsf-utils.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-infile-msole.h>
#include <glib-object.h>
