#!/usr/bin/env bash
# Adds a migration named $1 to each provider's migrations project (SQLite, PostgreSQL, SQL Server).
# No database is needed: design time only reads the model. Usage: scripts/add-migration.sh AddFunds
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Api -p:GenerateOpenApiClient=false -p:BuildClient=false -v q -nologo
declare -A cs=(
  [Sqlite]="Data Source=design.db"
  [PostgreSql]="Host=localhost;Database=design"
  [SqlServer]="Server=localhost;Database=design;TrustServerCertificate=true"
)
for provider in Sqlite PostgreSql SqlServer; do
  Database__Provider=$provider ConnectionStrings__Default="${cs[$provider]}" Database__SkipInit=true \
    dotnet ef migrations add "$name" --no-build \
      --project "src/Infrastructure.Migrations.$provider" --startup-project src/Api \
      --context ApplicationDbContext --output-dir Migrations --namespace "PartnerPortal.Infrastructure.Migrations.$provider"
done
