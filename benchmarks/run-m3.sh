#!/usr/bin/env bash
# Runs the accuracy runner for the given models over the four M3 files and prints one summary line per run.
# usage: benchmarks/run-m3.sh [DATA_DIR] [OUT_DIR] [MODEL...]
#   DATA_DIR defaults to ../shared/datasets, OUT_DIR to benchmarks/target/m3, MODEL to ets
# Build first: ./mvnw -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/datasets}
out=${2:-benchmarks/target/m3}
shift $(( $# > 2 ? 2 : $# ))
models=("$@")
[ ${#models[@]} -gt 0 ] || models=(ets)
mkdir -p "$out"
for model in "${models[@]}"; do
  for spec in yearly:1 quarterly:4 monthly:12 other:1; do
    file=${spec%%:*}
    m=${spec##*:}
    java -jar benchmarks/target/benchmarks.jar accuracy --input "$data/m3/m3-$file.csv" --season-length "$m" \
      --model "$model" --output "$out/$model-$file.csv" 2>&1 | grep -v -e '^WARNING' -e '^SLF4J'
  done
done
