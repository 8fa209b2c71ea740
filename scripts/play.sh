#!/bin/sh
# Sets everything up (the first time) and starts Naast: the scenario library,
# then the chosen conversation. Arguments go to `naast play`.
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/naast play "$@"
