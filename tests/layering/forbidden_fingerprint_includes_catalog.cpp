// Compiled as if it were a file of app/fingerprint. The fingerprint algorithms know no store: this include must not
// be found, and tests/layering checks that the compiler says so.
#include "catalog/Catalog.h"

int layeringProbeForbidden()
{
    return 0;
}
