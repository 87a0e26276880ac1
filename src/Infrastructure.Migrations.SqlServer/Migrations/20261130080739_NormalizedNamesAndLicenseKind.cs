using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class NormalizedNamesAndLicenseKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PartnerTypes_Name",
                table: "PartnerTypes");

            migrationBuilder.DropIndex(
                name: "IX_PartnerLevels_PartnerTypeId_Name",
                table: "PartnerLevels");

            migrationBuilder.DropIndex(
                name: "IX_ParameterCategories_Name",
                table: "ParameterCategories");

            migrationBuilder.AddColumn<string>(
                name: "NormalizedName",
                table: "PartnerTypes",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NormalizedName",
                table: "PartnerLevels",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NormalizedName",
                table: "ParameterCategories",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "LicensePools",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "PartnerPortal");

            migrationBuilder.AddColumn<string>(
                name: "NormalizedEdition",
                table: "LicensePools",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NormalizedName",
                table: "Accounts",
                type: "nvarchar(250)",
                maxLength: 250,
                nullable: false,
                defaultValue: "");

            // Hand-written: fill the normalized names from the names before the unique indexes are created
            // (existing pools are partner-portal pools: the Kind column's default). The seed data has no duplicates;
            // a database holding case-insensitive duplicates fails here and must have them renamed first.
            migrationBuilder.Sql("UPDATE [Accounts] SET [NormalizedName] = UPPER(LTRIM(RTRIM([Name])));");
            migrationBuilder.Sql("UPDATE [PartnerTypes] SET [NormalizedName] = UPPER(LTRIM(RTRIM([Name])));");
            migrationBuilder.Sql("UPDATE [PartnerLevels] SET [NormalizedName] = UPPER(LTRIM(RTRIM([Name])));");
            migrationBuilder.Sql("UPDATE [ParameterCategories] SET [NormalizedName] = UPPER(LTRIM(RTRIM([Name])));");
            migrationBuilder.Sql("UPDATE [LicensePools] SET [NormalizedEdition] = UPPER(LTRIM(RTRIM([Edition])));");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerTypes_NormalizedName",
                table: "PartnerTypes",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerLevels_PartnerTypeId_NormalizedName",
                table: "PartnerLevels",
                columns: new[] { "PartnerTypeId", "NormalizedName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParameterCategories_NormalizedName",
                table: "ParameterCategories",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LicensePools_Kind_NormalizedEdition",
                table: "LicensePools",
                columns: new[] { "Kind", "NormalizedEdition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_NormalizedName",
                table: "Accounts",
                column: "NormalizedName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PartnerTypes_NormalizedName",
                table: "PartnerTypes");

            migrationBuilder.DropIndex(
                name: "IX_PartnerLevels_PartnerTypeId_NormalizedName",
                table: "PartnerLevels");

            migrationBuilder.DropIndex(
                name: "IX_ParameterCategories_NormalizedName",
                table: "ParameterCategories");

            migrationBuilder.DropIndex(
                name: "IX_LicensePools_Kind_NormalizedEdition",
                table: "LicensePools");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_NormalizedName",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "NormalizedName",
                table: "PartnerTypes");

            migrationBuilder.DropColumn(
                name: "NormalizedName",
                table: "PartnerLevels");

            migrationBuilder.DropColumn(
                name: "NormalizedName",
                table: "ParameterCategories");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "LicensePools");

            migrationBuilder.DropColumn(
                name: "NormalizedEdition",
                table: "LicensePools");

            migrationBuilder.DropColumn(
                name: "NormalizedName",
                table: "Accounts");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerTypes_Name",
                table: "PartnerTypes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerLevels_PartnerTypeId_Name",
                table: "PartnerLevels",
                columns: new[] { "PartnerTypeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParameterCategories_Name",
                table: "ParameterCategories",
                column: "Name",
                unique: true);
        }
    }
}
