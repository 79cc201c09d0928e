// libgsf opens the OLE2 compound file of a legacy .xls; the .xls reader reads the number
// formats of its Workbook stream, which FreeXL does not expose.
#include <gsf/gsf-utils.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-input-stdio.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-infile-msole.h>
#include <glib-object.h>
