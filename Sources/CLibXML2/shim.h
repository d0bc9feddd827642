// libxml2's HTML parser (tolerant, charset-aware) and XML parser (for RSS and Atom), and the tree they build.
//
// Debian's libxml2 is built with ICU, and encoding.h then includes ICU's headers, whose types clash with the
// copy of ICU inside Foundation. Nothing here uses libxml2's ICU members (only the parser and tree APIs, and
// never an encoding handler's fields), so the ICU part of the header is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
