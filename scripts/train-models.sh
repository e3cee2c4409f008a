#!/usr/bin/env bash
# Rebuilds Sitrep's linguistic models in data/models from UD English EWT, bit for bit: fixed
# seeds, fixed epoch counts and deterministic ordering (see tools/Sitrep.Training/Trainer.cs).
# Usage: scripts/train-models.sh [--parser-only | --tagger-only] [TREEBANK_DIR]   (default: ../shared/data/ud_english_ewt)
# --parser-only retrains just parser-en.bin on the tags of the tagger-en.bin already in data/models
# (run it after changing the tagger: the parser's features are the tagger's class numbers).
# --tagger-only retrains just tagger-en.bin and lemmatizer-en.bin; if their tags change, follow it
# with --parser-only.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
parser_only=0
tagger_only=0
if [[ "${1:-}" == "--parser-only" ]]; then parser_only=1; shift; fi
if [[ "${1:-}" == "--tagger-only" ]]; then tagger_only=1; shift; fi
treebank="${1:-$root/../shared/data/ud_english_ewt}"
if [[ ! -f "$treebank/en_ewt-ud-train.conllu" ]]; then
  echo "no en_ewt-ud-train.conllu under $treebank" >&2
  exit 1
fi
dotnet build "$root/tools/Sitrep.Training" -c Release -nologo -v quiet
if [[ $parser_only == 1 ]]; then
  dotnet "$root/tools/Sitrep.Training/bin/Release/net10.0/sitrep-train.dll" train-parser "$treebank" "$root/data/models"
  dotnet "$root/tools/Sitrep.Training/bin/Release/net10.0/sitrep-train.dll" eval "$treebank/en_ewt-ud-test.conllu" "$root/data/models"
  sha256sum "$root/data/models/parser-en.bin"
  exit 0
fi
if [[ $tagger_only == 1 ]]; then
  dotnet "$root/tools/Sitrep.Training/bin/Release/net10.0/sitrep-train.dll" train-tagger "$treebank" "$root/data/models"
  dotnet "$root/tools/Sitrep.Training/bin/Release/net10.0/sitrep-train.dll" eval "$treebank/en_ewt-ud-test.conllu" "$root/data/models"
  sha256sum "$root/data/models/tagger-en.bin" "$root/data/models/lemmatizer-en.bin"
  exit 0
fi
dotnet "$root/tools/Sitrep.Training/bin/Release/net10.0/sitrep-train.dll" train "$treebank" "$root/data/models"
dotnet "$root/tools/Sitrep.Training/bin/Release/net10.0/sitrep-train.dll" tokenize-eval "$treebank/en_ewt-ud-test.conllu" "$root/data/models/tokenizer-en.txt"
dotnet "$root/tools/Sitrep.Training/bin/Release/net10.0/sitrep-train.dll" eval "$treebank/en_ewt-ud-test.conllu" "$root/data/models"
sha256sum "$root"/data/models/*.bin
