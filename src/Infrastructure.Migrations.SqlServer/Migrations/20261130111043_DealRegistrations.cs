using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DealRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TaxId",
                table: "Accounts",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DealRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegisteredById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CompanyName = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: false),
                    NormalizedName = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: false),
                    EmailDomain = table.Column<string>(type: "nvarchar(253)", maxLength: 253, nullable: true),
                    TaxId = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ProductInterest = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    EstimatedAmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    ExpectedCloseDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RejectReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ProtectedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ExtensionRequestedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Extended = table.Column<bool>(type: "bit", nullable: false),
                    HasConflict = table.Column<bool>(type: "bit", nullable: false),
                    AlreadyProtected = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DealRegistrations_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DealRegistrations_PortalUsers_RegisteredById",
                        column: x => x.RegisteredById,
                        principalTable: "PortalUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DealRegistrationConflicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OtherKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OtherId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OtherAccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OtherAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OtherFirst = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealRegistrationConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DealRegistrationConflicts_DealRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "DealRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DealRegistrationEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    By = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    ByPartner = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    What = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealRegistrationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DealRegistrationEvents_DealRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "DealRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_TaxId",
                table: "Accounts",
                column: "TaxId");

            migrationBuilder.CreateIndex(
                name: "IX_DealRegistrationConflicts_RegistrationId_OtherId",
                table: "DealRegistrationConflicts",
                columns: new[] { "RegistrationId", "OtherId" });

            migrationBuilder.CreateIndex(
                name: "IX_DealRegistrationEvents_RegistrationId_At",
                table: "DealRegistrationEvents",
                columns: new[] { "RegistrationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DealRegistrations_AccountId_SubmittedAt",
                table: "DealRegistrations",
                columns: new[] { "AccountId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DealRegistrations_EmailDomain",
                table: "DealRegistrations",
                column: "EmailDomain");

            migrationBuilder.CreateIndex(
                name: "IX_DealRegistrations_NormalizedName",
                table: "DealRegistrations",
                column: "NormalizedName");

            migrationBuilder.CreateIndex(
                name: "IX_DealRegistrations_RegisteredById",
                table: "DealRegistrations",
                column: "RegisteredById");

            migrationBuilder.CreateIndex(
                name: "IX_DealRegistrations_SubmittedAt_Id",
                table: "DealRegistrations",
                columns: new[] { "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DealRegistrations_TaxId",
                table: "DealRegistrations",
                column: "TaxId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DealRegistrationConflicts");

            migrationBuilder.DropTable(
                name: "DealRegistrationEvents");

            migrationBuilder.DropTable(
                name: "DealRegistrations");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_TaxId",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "TaxId",
                table: "Accounts");
        }
    }
}
