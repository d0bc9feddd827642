// PROJ's transformation API and Karney's geodesic routines, both shipped by libproj-dev.
#include <proj.h>
#include <geodesic.h>
