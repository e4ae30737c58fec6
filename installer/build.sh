#!/usr/bin/env bash
# Builds a double-clickable Podium for this OS with jpackage (JDK 17+).
#   installer/build.sh [app-image|deb|rpm|msi|exe|dmg|pkg]     (default: app-image)
# Output in target/installer/. The app runs on a jlinked Java runtime; JavaFX and the other
# libraries stay on the class path (fabric8 has no module descriptors), so Main stays a plain class.
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-app-image}
case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "unknown OS: $(uname -s)" >&2; exit 2 ;;
esac

[ -f target/podium.jar ] || mvn -B -q -DskipTests package
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*-SNAPSHOT</version>.*:\1:p;s:^  <version>\([0-9][0-9.]*\)</version>:\1:p' pom.xml | head -1)
version=${version:-0.1.0}

stage=target/installer/input
rm -rf target/installer
mkdir -p "$stage"
cp target/podium.jar "$stage/"
cp -r target/lib "$stage/lib"

# Our own desktop entry (bilingual, Exec with %f, MIME types) through jpackage's resource directory.
if [ "$os" = linux ]; then
  cp installer/linux/podium.desktop installer/linux/resources/Podium.desktop
fi

extra=()
# Shortcut and menu options belong to installers only, not to a bare app image.
if [ "$type" != app-image ] && [ -f "installer/$os/$os-package.args" ]; then
  extra+=("@installer/$os/$os-package.args")
fi
jpackage "@installer/common.args" "@installer/$os/$os.args" "${extra[@]}" \
  --type "$type" --app-version "$version" \
  --input "$stage" --dest target/installer
echo "built $type in target/installer"
