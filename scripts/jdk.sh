# Sourced by tierpy's scripts: exports JAVA_HOME as the first JDK 21+ found in
# JAVA_HOME, then java on PATH, then /usr/lib/jvm/* (javac is needed to build).
# Bash builtins only on the common path: the kernel's start-up waits for this.
java_major() {  # sets major: JAVA_HOME/release names the version without starting a JVM; ask the JVM only if it is missing
  local home="${1%/bin/java}" line
  major=""
  if [ -r "$home/release" ]; then
    while IFS= read -r line; do
      if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then major=${BASH_REMATCH[1]}; break; fi
    done <"$home/release"
  fi
  [ -n "$major" ] || major=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1)
}

find_jdk() {  # sets TIERPY_JDK
  local candidates=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if c=$(type -P java); then c=$(readlink -f "$c"); candidates+=("${c%/bin/java}"); fi
  for c in /usr/lib/jvm/*/; do candidates+=("${c%/}"); done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    java_major "$c/bin/java"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then TIERPY_JDK=$c; return 0; fi
  done
  return 1
}

if ! find_jdk; then
  echo "tierpy: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm/*)" >&2
  exit 2
fi
export JAVA_HOME="$TIERPY_JDK"
