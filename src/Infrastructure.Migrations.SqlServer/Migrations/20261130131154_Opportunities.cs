using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Opportunities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Opportunities_LeadId",
                table: "Opportunities");

            migrationBuilder.RenameColumn(
                name: "Status",
                table: "Opportunities",
                newName: "Stage");

            migrationBuilder.RenameIndex(
                name: "IX_Opportunities_AccountId_Status",
                table: "Opportunities",
                newName: "IX_Opportunities_AccountId_Stage");

            migrationBuilder.AlterColumn<Guid>(
                name: "LeadId",
                table: "Opportunities",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "Opportunities",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DealRegistrationId",
                table: "Opportunities",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EmployeeOwnerId",
                table: "Opportunities",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpectedCloseDate",
                table: "Opportunities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FundPartnershipId",
                table: "Opportunities",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "FundPercent",
                table: "Opportunities",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "Opportunities",
                type: "nvarchar(250)",
                maxLength: 250,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NextStep",
                table: "Opportunities",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "Opportunities",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Opportunities",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Opportunities",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "OpportunityEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OpportunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    By = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    ByPartner = table.Column<bool>(type: "bit", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    What = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpportunityEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpportunityEvents_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_CreatedAt_Id",
                table: "Opportunities",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_DealRegistrationId",
                table: "Opportunities",
                column: "DealRegistrationId",
                unique: true,
                filter: "[DealRegistrationId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_LeadId",
                table: "Opportunities",
                column: "LeadId",
                unique: true,
                filter: "[LeadId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_OwnerId",
                table: "Opportunities",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_Stage_CreatedAt",
                table: "Opportunities",
                columns: new[] { "Stage", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OpportunityEvents_OpportunityId_At",
                table: "OpportunityEvents",
                columns: new[] { "OpportunityId", "At" });

            migrationBuilder.AddForeignKey(
                name: "FK_Opportunities_DealRegistrations_DealRegistrationId",
                table: "Opportunities",
                column: "DealRegistrationId",
                principalTable: "DealRegistrations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Opportunities_PortalUsers_OwnerId",
                table: "Opportunities",
                column: "OwnerId",
                principalTable: "PortalUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // The stubs of qualified leads (stage "Open") become opportunities in Qualification, named after their customer.
            migrationBuilder.Sql(@"UPDATE [Opportunities] SET [Stage] = N'Qualification', [Name] = [Customer], [UpdatedAt] = [CreatedAt];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"UPDATE [Opportunities] SET [Stage] = N'Open';");

            migrationBuilder.DropForeignKey(
                name: "FK_Opportunities_DealRegistrations_DealRegistrationId",
                table: "Opportunities");

            migrationBuilder.DropForeignKey(
                name: "FK_Opportunities_PortalUsers_OwnerId",
                table: "Opportunities");

            migrationBuilder.DropTable(
                name: "OpportunityEvents");

            migrationBuilder.DropIndex(
                name: "IX_Opportunities_CreatedAt_Id",
                table: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_Opportunities_DealRegistrationId",
                table: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_Opportunities_LeadId",
                table: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_Opportunities_OwnerId",
                table: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_Opportunities_Stage_CreatedAt",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "DealRegistrationId",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "EmployeeOwnerId",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "ExpectedCloseDate",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "FundPartnershipId",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "FundPercent",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "NextStep",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Opportunities");

            migrationBuilder.RenameColumn(
                name: "Stage",
                table: "Opportunities",
                newName: "Status");

            migrationBuilder.RenameIndex(
                name: "IX_Opportunities_AccountId_Stage",
                table: "Opportunities",
                newName: "IX_Opportunities_AccountId_Status");

            migrationBuilder.AlterColumn<Guid>(
                name: "LeadId",
                table: "Opportunities",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_LeadId",
                table: "Opportunities",
                column: "LeadId",
                unique: true);
        }
    }
}
