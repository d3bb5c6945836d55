# Sourced by ./mvnw before anything else. Vaadin 25 and this project need a JDK of 21 or newer;
# on a machine whose default java is older, Maven would otherwise fail deep inside a plugin with a
# page of stack traces. Pick a JDK 21+ from the usual places, or stop with one line saying what to do.
# POSIX sh, as mvnw is; mvnw runs with `set -f`, so globbing is switched on here for the search.

jesr_java_major() {
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\)\(\.\([0-9][0-9]*\)\)\{0,1\}.*/\1 \3/p' | head -n 1 |
    awk '{ print ($1 == "1" ? $2 : $1) }'
}

jesr_current_java() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    printf '%s\n' "$JAVA_HOME/bin/java"
  else
    command -v java 2>/dev/null || true
  fi
}

jesr_java=$(jesr_current_java)
jesr_major=0
[ -z "$jesr_java" ] || jesr_major=$(jesr_java_major "$jesr_java")
if [ "${jesr_major:-0}" -lt 21 ]; then
  jesr_best=0
  jesr_home=""
  set +f
  # JESR_JDK_SEARCH (folders holding JDKs, space-separated) replaces the usual places; the tests use it.
  for jesr_root in ${JESR_JDK_SEARCH:-/usr/lib/jvm /opt/java /opt "$HOME/.sdkman/candidates/java" /Library/Java/JavaVirtualMachines}; do
  for jesr_jdk in "$jesr_root"/* "$jesr_root"/*/Contents/Home; do
    [ -x "$jesr_jdk/bin/java" ] && [ -x "$jesr_jdk/bin/javac" ] || continue
    jesr_m=$(jesr_java_major "$jesr_jdk/bin/java")
    if [ "${jesr_m:-0}" -ge 21 ] && [ "$jesr_m" -gt "$jesr_best" ]; then
      jesr_best=$jesr_m
      jesr_home=$jesr_jdk
    fi
  done
  done
  set -f
  if [ -z "$jesr_home" ]; then
    echo "JESR Desk needs a JDK 21 or newer, but found ${jesr_java:-no java} (version ${jesr_major:-unknown}): install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
    exit 1
  fi
  [ "${MVNW_VERBOSE-}" = "" ] || echo "mvnw: using the JDK $jesr_best at $jesr_home" >&2
  JAVA_HOME=$jesr_home
  export JAVA_HOME
fi
unset jesr_java jesr_major jesr_best jesr_home jesr_jdk jesr_m jesr_root
