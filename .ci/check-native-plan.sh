#!/usr/bin/env bash
# Proves the native build plan is complete without GraalVM: after
#   ./mvnw package -Dnative -Dquarkus.native.sources-only=true
# it reads the reflection and resource configuration Quarkus generated into target/native-sources and fails
# unless every resource the app reads at run time is included and every class used reflectively is registered.
# Both expectations are derived from the source tree, so a new word list, migration or entity is checked too.
set -euo pipefail
cd "$(dirname "$0")/.."

sources=target/native-sources
runner=$(ls "$sources"/*-runner.jar 2>/dev/null | head -1 || true)
if [ -z "$runner" ] || [ ! -f "$sources/native-image.args" ]; then
  echo "FAIL: no native sources in $sources; run ./mvnw package -Dnative -Dquarkus.native.sources-only=true" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && jar xf "$OLDPWD/$runner" META-INF/native-image)
reflect="$work/META-INF/native-image/reflect-config.json"
resource="$work/META-INF/native-image/resource-config.json"
for f in "$reflect" "$resource"; do
  [ -f "$f" ] || { echo "FAIL: $runner holds no ${f##*/}" >&2; exit 1; }
done
failures=0

# --- Resources -------------------------------------------------------------------------------------------
# Patterns are Java regexes: literal ones come as \Q...\E, the others (extract/.*) are plain enough for ERE.
# -H:IncludeResources= arguments, should a later Quarkus move them back into native-image.args, count too.
mapfile -t patterns < <(
  { grep -o '"pattern" *: *"[^"]*"' "$resource" | sed -E 's/^"pattern" *: *"(.*)"$/\1/' | sed 's/\\\\/\\/g'
    tr ' ' '\n' < "$sources/native-image.args" | sed -n 's/^-H:IncludeResources=//p' | tr ',' '\n'; } | sort -u)
included() {
  local path=$1 p
  for p in "${patterns[@]}"; do
    if [[ $p == '\Q'*'\E' ]]; then
      [ "${p:2:${#p}-4}" = "$path" ] && return 0
    elif [[ $path =~ ^($p)$ ]]; then
      return 0
    fi
  done
  return 1
}
# What the app opens at run time: the extraction word lists (Lexicon), the Flyway migrations (the corpus loader
# migrates in production) and the development public key that the integration tests verify tokens with.
mapfile -t needed < <(cd src/main/resources && find extract db/migration -type f | sort; echo dev-keys/publicKey.pem)
for path in "${needed[@]}"; do
  if ! included "$path"; then
    echo "FAIL: resource $path is not in the native image"; failures=$((failures + 1))
  fi
done
echo "resources: ${#needed[@]} checked ($(cd src/main/resources && find extract -type f | wc -l) word lists, \
$(find src/main/resources/db/migration -name '*.sql' | wc -l) migrations, 1 key)"

# --- Reflection ------------------------------------------------------------------------------------------
# Classes used reflectively: JPA entities and their embeddable / @IdClass keys (Hibernate), every GraphQL type,
# input and enum (SmallRye GraphQL builds and reads them by reflection; each carries @Type, @Input or a
# class-level @Description by the project's rules), and anything marked @RegisterForReflection.
# A nested declaration (indented) is named Outer$Inner, the way the configuration names it.
expected_classes() {
  find src/main/java -name '*.java' | sort | while read -r file; do
    awk -v file="$file" '
      /^package / { pkg = $2; sub(/;.*/, "", pkg) }
      /^[[:space:]]*@(Entity|Embeddable|Type|Input|Enum|Description|RegisterForReflection)([^A-Za-z0-9_]|$)/ { marked = 1 }
      /^[[:space:]]*@IdClass\(/ { idclass = $0; sub(/.*@IdClass\(/, "", idclass); sub(/\.class.*/, "", idclass)
                                  gsub(/\./, "$", idclass); keys[idclass] = 1 }
      /^[[:space:]]*(public |protected |private |final |static |abstract |sealed )*(class|record|enum|interface) [A-Za-z0-9_]+/ {
        line = $0; sub(/^[[:space:]]*(public |protected |private |final |static |abstract |sealed )*(class|record|enum|interface) /, "", line)
        name = line; sub(/[^A-Za-z0-9_].*/, "", name)
        if ($0 ~ /^[^[:space:]]/) { outer = name; full = name } else { full = outer "$" name }
        if (marked) print pkg "." full
        marked = 0; next
      }
      /^[[:space:]]*$/ || /;[[:space:]]*$/ || /^[[:space:]]*}/ { marked = 0 }
      END { for (k in keys) print pkg "." k }
    ' "$file"
  done | grep -v '^\.' | sort -u
}
mapfile -t classes < <(expected_classes)
if [ "${#classes[@]}" -eq 0 ]; then
  echo "FAIL: found no reflectively used classes in src/main/java; the scan is broken"; failures=$((failures + 1))
fi
registered=$(grep -oE '"(name|type)" *: *"[^"]*"' "$reflect" | sed -E 's/^"(name|type)" *: *"(.*)"$/\2/' | sort -u)
for class in "${classes[@]}"; do
  if ! grep -qxF "$class" <<<"$registered"; then
    echo "FAIL: $class is used reflectively but not registered for reflection"; failures=$((failures + 1))
  fi
done
echo "reflection: ${#classes[@]} classes checked"

if [ "$failures" -gt 0 ]; then
  echo "== native plan: $failures problem(s)"; exit 1
fi
echo "== native plan complete"
