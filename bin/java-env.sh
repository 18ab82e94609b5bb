# Sourced by the bin/ scripts: finds a JDK >= 21 (JAVA_HOME first, then the JDKs installed on the
# system) and exports JAVA_HOME, PATH and the JVM flags Lucene wants. Fails with a clear message.

java_major() {
  # Prints the major version of the java binary given, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  local d
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$d" ] && candidates+=("$d")
  done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local best="" best_v=0 c v
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v=$(java_major "$c/bin/java")
    [ -n "$v" ] || continue
    # JAVA_HOME wins when it is new enough; otherwise take the newest JDK found.
    if [ "$c" = "${JAVA_HOME:-}" ] && [ "$v" -ge 21 ]; then best=$c; best_v=$v; break; fi
    if [ "$v" -gt "$best_v" ]; then best=$c; best_v=$v; fi
  done
  if [ -z "$best" ] || [ "$best_v" -lt 21 ]; then
    echo "error: vnnews-search needs a JDK 21 or newer (Lucene 10), and none was found." >&2
    echo "       Looked at JAVA_HOME (${JAVA_HOME:-unset}) and /usr/lib/jvm/*; the newest was ${best_v:-none}." >&2
    echo "       Install one (e.g. 'apt-get install openjdk-21-jdk-headless') or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

need_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "Maven is missing; installing it with apt-get." >&2
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && apt-get install -y -qq maven >/dev/null
    else
      sudo apt-get update -qq && sudo apt-get install -y -qq maven >/dev/null
    fi || { echo "error: Maven (mvn) is needed; install it with 'apt-get install maven'." >&2; return 1; }
  fi
}

LUCENE_JVM_ARGS="--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED"
export LUCENE_JVM_ARGS
