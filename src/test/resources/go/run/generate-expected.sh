#!/bin/sh
# Regenerates the expected outputs of the run corpus with the real go tool: stdout, the stderr lines up to
# the first empty line (the panic or fatal error), the exit status.
set -e
cd "$(dirname "$0")"
for f in *.go; do
  n=${f%.go}
  go build -o ${TMPDIR:-/tmp}/gorun_bin_$n $f
  set +e
  ${TMPDIR:-/tmp}/gorun_bin_$n > $n.stdout 2> ${TMPDIR:-/tmp}/gorun_$n.stderr
  echo $? > $n.exit
  set -e
  sed '/^$/,$d' ${TMPDIR:-/tmp}/gorun_$n.stderr > $n.stderr_head
done
go version > GO_VERSION
