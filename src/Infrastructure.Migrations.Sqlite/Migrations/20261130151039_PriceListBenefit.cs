using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PriceListBenefit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Issue 10: the column only; the free-text values become references in PriceListBenefitConversion, which runs
            // after the migrations at every start (matching by name, then the level's own list; a warning lists the rest).
            migrationBuilder.AddColumn<Guid>(
                name: "PriceListId",
                table: "PartnershipParameters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PriceListId",
                table: "ParameterHistory",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PriceListId",
                table: "LevelParameters",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to free text: a price-list reference keeps its list's name as the text (issue 10's conversion runs
            // again after a later upgrade).
            migrationBuilder.Sql(@"UPDATE ""LevelParameters"" SET ""ValueType"" = 'List' WHERE ""ValueType"" = 'PriceList';");
            migrationBuilder.Sql(@"UPDATE ""PartnershipParameters"" SET ""ValueType"" = 'List' WHERE ""ValueType"" = 'PriceList';");
            migrationBuilder.Sql(@"UPDATE ""ParameterHistory"" SET ""ValueType"" = 'List' WHERE ""ValueType"" = 'PriceList';");
            migrationBuilder.Sql(@"UPDATE ""ParameterCategories"" SET ""DefaultValueType"" = 'List' WHERE ""DefaultValueType"" = 'PriceList';");

            migrationBuilder.DropColumn(
                name: "PriceListId",
                table: "PartnershipParameters");

            migrationBuilder.DropColumn(
                name: "PriceListId",
                table: "ParameterHistory");

            migrationBuilder.DropColumn(
                name: "PriceListId",
                table: "LevelParameters");
        }
    }
}
