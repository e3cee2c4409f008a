#!/bin/sh
# Retrains data/models/ner-en.model from ../shared/data/ner (GMB, re3d) and prints F1 per label
# on the held-out parts. Run from the repository root; takes about five minutes on one idle core (8 epochs,
# beam of 2 with early update; weights below 2 pruned; written as model file version 2, 16-bit weights).
# The word clusters (data/models/ner-clusters-en.txt) are regenerated with
#   dotnet run --project tools/Sitrep.NerTrain -c Release -- "$SHARED" data/models/ner-clusters-en.txt --clusters
set -e
SHARED="${1:-$(cd .. && pwd)/shared}"
[ -d "$SHARED/data/ner" ] || SHARED="$(cd ../.. && pwd)/shared"
dotnet build tools/Sitrep.NerTrain -c Release
dotnet run --project tools/Sitrep.NerTrain -c Release --no-build -- "$SHARED" data/models/ner-en.model 8 2 2
