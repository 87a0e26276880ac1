using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_AccountId_Status_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Opportunities_Stage_CreatedAt",
                table: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_Leads_AccountId_Status",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_CreatedAt",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_LeadOffers_LeadId_OfferedAt",
                table: "LeadOffers");

            migrationBuilder.AlterColumn<string>(
                name: "NormalizedName",
                table: "Accounts",
                type: "character varying(250)",
                maxLength: 250,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(250)",
                oldMaxLength: 250);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_AccountId_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "AccountId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_AccountId_Status_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "AccountId", "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_AccountId_CreatedAt_Id",
                table: "Opportunities",
                columns: new[] { "AccountId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_Stage_CreatedAt_Id",
                table: "Opportunities",
                columns: new[] { "Stage", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_AccountId_CreatedAt_Id",
                table: "Leads",
                columns: new[] { "AccountId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_AccountId_Status_CreatedAt_Id",
                table: "Leads",
                columns: new[] { "AccountId", "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_CreatedAt_Id",
                table: "Leads",
                columns: new[] { "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadOffers_LeadId_State",
                table: "LeadOffers",
                columns: new[] { "LeadId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_AccountId_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_AccountId_Status_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Opportunities_AccountId_CreatedAt_Id",
                table: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_Opportunities_Stage_CreatedAt_Id",
                table: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_Leads_AccountId_CreatedAt_Id",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_AccountId_Status_CreatedAt_Id",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_CreatedAt_Id",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_LeadOffers_LeadId_State",
                table: "LeadOffers");

            migrationBuilder.AlterColumn<string>(
                name: "NormalizedName",
                table: "Accounts",
                type: "character varying(250)",
                maxLength: 250,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(250)",
                oldMaxLength: 250,
                oldCollation: "C");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_AccountId_Status_CreatedAt",
                table: "Orders",
                columns: new[] { "AccountId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_CreatedAt",
                table: "Orders",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_Stage_CreatedAt",
                table: "Opportunities",
                columns: new[] { "Stage", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_AccountId_Status",
                table: "Leads",
                columns: new[] { "AccountId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_CreatedAt",
                table: "Leads",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadOffers_LeadId_OfferedAt",
                table: "LeadOffers",
                columns: new[] { "LeadId", "OfferedAt" });
        }
    }
}
