using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PipelineIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Opportunities_AccountId_Stage",
                table: "Opportunities");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_AccountId_Stage_Currency_AmountMinor",
                table: "Opportunities",
                columns: new[] { "AccountId", "Stage", "Currency", "AmountMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_Stage_Currency_AmountMinor",
                table: "Opportunities",
                columns: new[] { "Stage", "Currency", "AmountMinor" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Opportunities_AccountId_Stage_Currency_AmountMinor",
                table: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_Opportunities_Stage_Currency_AmountMinor",
                table: "Opportunities");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_AccountId_Stage",
                table: "Opportunities",
                columns: new[] { "AccountId", "Stage" });
        }
    }
}
