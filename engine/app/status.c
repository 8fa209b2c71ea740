/* status.c: the clock the records are stamped with. */
#include "status.h"

#include <stdlib.h>
#include <time.h>

long long app_now(void) {
  const char *sde = getenv("SOURCE_DATE_EPOCH");
  if (sde && *sde) return strtoll(sde, NULL, 10);
  return (long long)time(NULL);
}
