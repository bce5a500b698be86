#!/usr/bin/env bash
# Regenerates the EF Core compiled models of both providers (src/Corridor.Data/Storage/CompiledModels/), which
# Corridor uses instead of building its model on every start (decision 015), and the SQL script of the SQLite
# migrations that a new SQLite file is created with (src/Corridor.Data/Migrations/Sqlite/schema.sql, decision 017).
# Run it after any change to the model (entity configurations, conventions), next to the migration;
# CompiledModelTests and SqliteSchemaScriptTests fail while they differ.
# The project is built without the old generated code (CorridorModelGeneration=true), the organisation query filters
# are left out of the generated code (dotnet ef cannot write them; CompiledModelSource attaches them at run time),
# and the generated assembly attributes are removed, so that only CorridorDbContextFactory decides which model is used.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
export CorridorModelGeneration=true
for provider in Sqlite Postgres; do
  out="src/Corridor.Data/Storage/CompiledModels/$provider"
  rm -rf "$out"
  dotnet ef dbcontext optimize -p src/Corridor.Data -s src/Corridor.Data -c "${provider}CorridorDbContext" --nativeaot \
    -o "Storage/CompiledModels/$provider" -n "Corridor.Storage.CompiledModels.$provider" -- --for-compiled-model >/dev/null
  rm "$out/${provider}CorridorDbContextAssemblyAttributes.cs"
  # EF Core 10.0.15's generator names the variable of a property called Source `source`, the same as the parameter
  # of the snapshot lambdas it writes, where the parameter then hides the property (the code does not compile, or
  # casts the entry to a property). Inside those lambdas the property is reached through a second name.
  for file in "$out"/*EntityType.cs; do
    if grep -q 'GetCurrentValue<[^>]*>(source)' "$file"; then
      perl -0pi -e 's/source\.GetCurrentValue<([^>]*)>\(source\)/source.GetCurrentValue<$1>(sourceProperty)/g;
                    s/\(\(IProperty\)source\)/((IProperty)sourceProperty)/g;
                    s/^(\s*)var source = runtimeEntityType\.FindProperty\("Source"\);$/$&\n$1var sourceProperty = source;/mg' "$file"
    fi
  done
  echo "$out: $(ls "$out" | wc -l) files"
done
# The whole SQLite migration set as one script (without the byte-order mark dotnet ef writes).
dotnet ef migrations script -p src/Corridor.Data -s src/Corridor.Data -c SqliteCorridorDbContext -o "${TMPDIR:-/tmp}/corridor-schema.sql" >/dev/null
sed -e '1s/^\xEF\xBB\xBF//' "${TMPDIR:-/tmp}/corridor-schema.sql" > src/Corridor.Data/Migrations/Sqlite/schema.sql
rm "${TMPDIR:-/tmp}/corridor-schema.sql"
echo "src/Corridor.Data/Migrations/Sqlite/schema.sql: $(wc -l < src/Corridor.Data/Migrations/Sqlite/schema.sql) lines"
