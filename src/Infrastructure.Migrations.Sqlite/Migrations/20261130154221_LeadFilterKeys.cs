using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeadFilterKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegionKey",
                table: "Leads",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceKey",
                table: "Leads",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            // The filter keys of the leads stored so far (Lead.KeyOf: trimmed, upper-case; the database's UPPER folds ASCII
            // letters, which is what sources and regions hold).
            migrationBuilder.Sql("UPDATE \"Leads\" SET \"SourceKey\" = NULLIF(UPPER(TRIM(\"Source\")), ''), \"RegionKey\" = NULLIF(UPPER(TRIM(\"Region\")), '');");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_RegionKey_CreatedAt_Id",
                table: "Leads",
                columns: new[] { "RegionKey", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_SourceKey_CreatedAt_Id",
                table: "Leads",
                columns: new[] { "SourceKey", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_RegionKey_CreatedAt_Id",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_SourceKey_CreatedAt_Id",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "RegionKey",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "SourceKey",
                table: "Leads");
        }
    }
}
