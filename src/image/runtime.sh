#!/usr/bin/env bash
# Lays out the container image's two system layers from what the build machine already has, for a base image of
# nothing ("scratch"): no registry is needed to build the image.
#   OUT/java:   a Java runtime made by jlink from the JDK at JAVA_HOME, of MODULES only (comma-separated), without
#               the libraries of windows, sound and the splash screen, which a headless server never loads;
#   OUT/system: the shared libraries that runtime loads (found with ldd, the dynamic loader included), at the paths
#               the build machine has them, glibc's C.UTF-8 locale (without it the JVM's default charset and file
#               names are ASCII), etc/ (this folder's passwd, group, nsswitch.conf), and the empty tmp/ and data/
#               that the image makes writable.
# Usage: runtime.sh JAVA_HOME MODULES OUT. Linux only (jlink's native libraries and ldd are the build machine's).
set -euo pipefail
java_home=$1 modules=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out"
mkdir -p "$out/system/tmp" "$out/system/data"
"$java_home/bin/jlink" --add-modules "$modules" --include-locales=en,fr --strip-debug --no-header-files \
  --no-man-pages --compress=2 --output "$out/java"
rm -f "$out"/java/lib/{libawt_xawt,libjawt,libsplashscreen,libjsound}.so
cp -r "$here/etc" "$out/system/etc"
locale=/usr/lib/locale/C.utf8
if [ ! -d "$locale" ]; then
  echo "runtime.sh: glibc's C.UTF-8 locale is not on this machine ($locale)" >&2
  exit 1
fi
mkdir -p "$out/system$(dirname "$locale")"
cp -r "$locale" "$out/system$locale"
# Every ELF file of the runtime, with the runtime's own folders on the library path so that ldd resolves libjvm.so
# there; whatever ldd finds outside the runtime is copied (symbolic links followed), and a library not found fails.
export LD_LIBRARY_PATH="$out/java/lib:$out/java/lib/server"
find "$out/java/bin" "$out/java/lib" -type f \( -name '*.so' -o -perm -u+x \) | while read -r elf; do
  if [ "$(head -c 4 "$elf" | tr -d '\0')" = "$(printf '\177ELF')" ]; then
    ldd "$elf"
  fi
done | awk '/not found/ { print "missing: " $1; next } $2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' |
  sort -u | while read -r lib; do
    case "$lib" in
      missing:*) echo "runtime.sh: a library of the runtime is not on this machine: ${lib#missing: }" >&2; exit 1 ;;
      "$out"/*) ;;
      *) mkdir -p "$out/system$(dirname "$lib")"; cp -L "$lib" "$out/system$lib" ;;
    esac
  done
