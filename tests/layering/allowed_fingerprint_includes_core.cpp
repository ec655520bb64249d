// Compiled as if it were a file of app/fingerprint: what that domain may include builds.
#include "core/Result.h"
#include "fingerprint/Pdq.h"

int layeringProbeAllowed()
{
    return rakkan::fingerprint::Pdq::kReferenceSide;
}
