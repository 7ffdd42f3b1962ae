# Sourced by tierpy's scripts: exports JAVA_HOME as the first JDK 21+ found in
# JAVA_HOME, then java on PATH, then /usr/lib/jvm/* (javac is needed to build).
java_major() {  # JAVA_HOME/release names the version without starting a JVM; ask the JVM only if it is missing
  local home v
  home=$(dirname "$(dirname "$1")")
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null | head -n1)
  [ -n "$v" ] || v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1)
  echo "$v"
}

find_jdk() {
  local candidates=() c v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if c=$(command -v java 2>/dev/null); then candidates+=("$(dirname "$(dirname "$(readlink -f "$c")")")"); fi
  for c in /usr/lib/jvm/*/; do candidates+=("${c%/}"); done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v=$(java_major "$c/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$c"; return 0; fi
  done
  return 1
}

if ! TIERPY_JDK=$(find_jdk); then
  echo "tierpy: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm/*)" >&2
  exit 2
fi
export JAVA_HOME="$TIERPY_JDK"
