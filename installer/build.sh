#!/usr/bin/env bash
# Builds a double-clickable Podium for this OS with jpackage (JDK 17+).
#   installer/build.sh [app-image|deb|rpm|msi|exe|dmg|pkg]     (default: app-image)
# Output in target/installer/. The app runs on a jlinked Java runtime; JavaFX and the other libraries stay on the
# class path (fabric8 has no module descriptors), so Main stays a plain class.
#
# Every type starts from the app-image, which gets a class-data-sharing archive (AppCDS) for a fast first frame:
# the launcher is run once, under Xvfb where there is no display, to the default lesson's first painted frame
# (-Dpodium.firstFrame.exit=true) listing the classes it loads, then once more to dump them into
# lib/app/podium.jsa; the launcher's cfg loads it (-XX:SharedArchiveFile, -Xshare:auto: a JVM that cannot map it
# runs without it). The jlinked runtime has no default CDS archive on JDK 17, so the archive is a static one
# (-Xshare:dump) holding the JDK's classes and ours; it is valid only for this runtime and this class path, which is
# why it is built here and not shipped in the jar; the class list stays in lib/app so that the deb's postinst
# (installer/linux/resources/postinst) dumps the archive again for /opt/podium. PODIUM_CDS=0 skips it. Installers are then made from that image
# (jpackage --app-image).
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

start=$SECONDS
jpackage "@installer/common.args" "@installer/$os/$os.args" \
  --type app-image --app-version "$version" \
  --input "$stage" --dest target/installer
echo "app-image: $((SECONDS - start)) s"

case "$os" in
  macos) app=target/installer/Podium.app/Contents; launcher="$app/MacOS/Podium"; appdir="$app/app" ;;
  windows) app=target/installer/Podium; launcher="$app/Podium.exe"; appdir="$app/app" ;;
  *) app=target/installer/Podium; launcher="$app/bin/Podium"; appdir="$app/lib/app" ;;
esac

# AppCDS: train on the first frame of the default lesson, dump, and point the launcher's cfg at the archive.
if [ "${PODIUM_CDS:-1}" != 0 ]; then
  start=$SECONDS
  display=()
  if [ -z "${DISPLAY:-}" ] && [ "$os" = linux ]; then
    if command -v xvfb-run >/dev/null 2>&1; then display=(xvfb-run -a); else display=(none); fi
  fi
  if [ "${display[0]:-}" = none ]; then
    echo "no display and no xvfb-run: the app-image has no CDS archive (slower first frame)" >&2
  else
    list="$appdir/podium.classlist"
    train="-Dpodium.firstFrame.exit=true -Dpodium.singleInstance=false -Dpodium.log.dir=$PWD/target/installer/train-log"
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list $train" "${display[@]}" "$launcher" >/dev/null 2>&1 || true
    if [ -s "$list" ]; then
      JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$appdir/podium.jsa $train" \
        "$launcher" >target/installer/cds-dump.log 2>&1 || true
    fi
    if [ -s "$appdir/podium.jsa" ]; then
      cfg="$appdir/Podium.cfg"
      # jpackage's cfg: java options are lines under [JavaOptions]; $APPDIR is the directory of the jar.
      sed -i.bak '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/podium.jsa\njava-options=-Xshare:auto' "$cfg"
      rm -f "$cfg.bak"
      echo "CDS archive: $(du -h "$appdir/podium.jsa" | cut -f1) in $((SECONDS - start)) s"
    else
      echo "the CDS archive was not made (target/installer/cds-dump.log); the app-image runs without it" >&2
    fi
  fi
fi

if [ "$type" != app-image ]; then
  start=$SECONDS
  extra=()
  # Shortcut, menu and file-association options belong to installers only, not to a bare app image.
  if [ -f "installer/$os/$os-package.args" ]; then
    extra+=("@installer/$os/$os-package.args")
  fi
  jpackage --name Podium --vendor "Podium developers" --app-version "$version" \
    --description "Makes the machinery of cloud-native systems visible: Kubernetes, the Go runtime, garbage collection." \
    "${extra[@]}" --type "$type" --app-image "$app" --dest target/installer
  echo "$type: $((SECONDS - start)) s"
fi
echo "built $type in target/installer"
