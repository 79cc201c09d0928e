// Debian's libxml2 is built with ICU, and its encoding.h then includes the system's ICU
// headers, which clash with the copy of ICU inside Foundation. Nothing here touches the
// converters (only the HTML parser and the tree are used, through pointers), so the ICU
// part of the headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
