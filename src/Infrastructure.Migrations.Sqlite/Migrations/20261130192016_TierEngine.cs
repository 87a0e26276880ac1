using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TierEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MarketingActivities_AccountId_Status",
                table: "MarketingActivities");

            migrationBuilder.AddColumn<bool>(
                name: "AtRisk",
                table: "Partnerships",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "AtRiskNotifiedAt",
                table: "Partnerships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LevelSince",
                table: "Partnerships",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "OverrideReason",
                table: "PartnershipParameters",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmedAt",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProgramSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResetProgressOnPromotion = table.Column<bool>(type: "INTEGER", nullable: false),
                    RenewalGraceDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TierDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TriggerDetail = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromLevelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToLevelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScoreBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetScore = table.Column<int>(type: "INTEGER", nullable: false),
                    LinesJson = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TierDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TierDecisions_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_AtRisk_IsActive",
                table: "Partnerships",
                columns: new[] { "AtRisk", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_AccountId_Status_ConfirmedAt_TotalMinor",
                table: "Orders",
                columns: new[] { "AccountId", "Status", "ConfirmedAt", "TotalMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_AccountId_Stage_ClosedAt_AmountMinor",
                table: "Opportunities",
                columns: new[] { "AccountId", "Stage", "ClosedAt", "AmountMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketingActivities_AccountId_Status_ApprovedAt",
                table: "MarketingActivities",
                columns: new[] { "AccountId", "Status", "ApprovedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TierDecisions_AccountId",
                table: "TierDecisions",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_TierDecisions_PartnershipId_At",
                table: "TierDecisions",
                columns: new[] { "PartnershipId", "At" });

            // Backfill: a partnership reached its level at its last promotion or override, else at its period's start;
            // an order was confirmed when its history says so.
            migrationBuilder.Sql("UPDATE \"Partnerships\" SET \"LevelSince\" = COALESCE((SELECT MAX(e.\"At\") FROM \"PartnershipEvents\" e WHERE e.\"PartnershipId\" = \"Partnerships\".\"Id\" AND e.\"Kind\" IN ('Promoted', 'LevelOverridden')), \"StartDate\" || ' 00:00:00');");
            migrationBuilder.Sql("UPDATE \"Orders\" SET \"ConfirmedAt\" = (SELECT MIN(e.\"At\") FROM \"OrderEvents\" e WHERE e.\"OrderId\" = \"Orders\".\"Id\" AND e.\"Status\" = 'Confirmed') WHERE \"Status\" IN ('Confirmed', 'Delivered');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProgramSettings");

            migrationBuilder.DropTable(
                name: "TierDecisions");

            migrationBuilder.DropIndex(
                name: "IX_Partnerships_AtRisk_IsActive",
                table: "Partnerships");

            migrationBuilder.DropIndex(
                name: "IX_Orders_AccountId_Status_ConfirmedAt_TotalMinor",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Opportunities_AccountId_Stage_ClosedAt_AmountMinor",
                table: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_MarketingActivities_AccountId_Status_ApprovedAt",
                table: "MarketingActivities");

            migrationBuilder.DropColumn(
                name: "AtRisk",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "AtRiskNotifiedAt",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "LevelSince",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "OverrideReason",
                table: "PartnershipParameters");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_MarketingActivities_AccountId_Status",
                table: "MarketingActivities",
                columns: new[] { "AccountId", "Status" });
        }
    }
}
