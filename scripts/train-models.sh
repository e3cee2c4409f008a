#!/usr/bin/env bash
# Rebuilds Sitrep's linguistic models in data/models from UD English EWT, bit for bit: fixed
# seeds, fixed epoch counts and deterministic ordering (see tools/Sitrep.Training/Trainer.cs).
# Usage: scripts/train-models.sh [TREEBANK_DIR]   (default: ../shared/data/ud_english_ewt)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
treebank="${1:-$root/../shared/data/ud_english_ewt}"
if [[ ! -f "$treebank/en_ewt-ud-train.conllu" ]]; then
  echo "no en_ewt-ud-train.conllu under $treebank" >&2
  exit 1
fi
dotnet build "$root/tools/Sitrep.Training" -c Release -nologo -v quiet
# (The tagger and lemmatizer alone: sitrep-train.dll train-tagger "$treebank" "$root/data/models".)
dotnet "$root/tools/Sitrep.Training/bin/Release/net10.0/sitrep-train.dll" train "$treebank" "$root/data/models"
dotnet "$root/tools/Sitrep.Training/bin/Release/net10.0/sitrep-train.dll" tokenize-eval "$treebank/en_ewt-ud-test.conllu" "$root/data/models/tokenizer-en.txt"
dotnet "$root/tools/Sitrep.Training/bin/Release/net10.0/sitrep-train.dll" eval "$treebank/en_ewt-ud-test.conllu" "$root/data/models"
sha256sum "$root"/data/models/*.bin
