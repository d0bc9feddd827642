// libpq, PostgreSQL's own C client (Debian libpq-dev): synchronous, no TLS or event-loop code of ours to build.
#include <libpq-fe.h>
