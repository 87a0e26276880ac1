using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Infrastructure.Persistence;

/// <summary>
/// The one place where a database constraint violation becomes the answer the handlers would have given, so that a
/// race the handler's own check could not see (two requests at once) is told apart from a bug:
/// <list type="bullet">
/// <item>a unique index → <see cref="DomainRuleException"/> (409) with the code of the rule that index enforces
/// (<see cref="UniqueIndexCodes"/>; <c>conflict</c> for an index not listed);</item>
/// <item>a foreign key → <see cref="NotFoundException"/> (404 <c>not_found</c>): the parent the request names does not
/// exist (any more). Handlers check parents first (<c>FirstOr404Async</c>), so this is only the race with a delete,
/// and the client reacts the same way to both: the thing it referred to is gone.</item>
/// </list>
/// Both are expected outcomes, not failures, so nothing logs them as errors. Anything else is rethrown unchanged.
/// Providers: SQLite 19 (extended 2067/1555 unique, 787 foreign key; its message names the table and columns, not the
/// index), PostgreSQL 23505/23503 (constraint name), SQL Server 2601/2627 (index or constraint name) and 547.
/// </summary>
public static partial class ConstraintViolations
{
    /// <summary>Unique index (database name) → problem code. Names follow EF's convention IX_Table_Columns.</summary>
    public static readonly IReadOnlyDictionary<string, string> UniqueIndexCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["IX_Accounts_NormalizedName"] = ProblemCodes.DuplicateName,
        ["IX_PartnerTypes_NormalizedName"] = ProblemCodes.DuplicateName,
        ["IX_PartnerLevels_PartnerTypeId_NormalizedName"] = ProblemCodes.DuplicateName,
        ["IX_PartnerLevels_PartnerTypeId_Number"] = ProblemCodes.DuplicateLevelNumber,
        ["IX_ParameterCategories_NormalizedName"] = ProblemCodes.DuplicateName,
        ["IX_LicensePools_Kind_NormalizedEdition"] = ProblemCodes.DuplicateName,
        ["IX_Partnerships_AccountId_Active"] = ProblemCodes.ActivePartnershipExists,
        ["IX_PortalOrganizations_AccountId"] = ProblemCodes.OrganizationExists,
        ["IX_PortalUsers_Email"] = ProblemCodes.UserExists,
        ["IX_PortalUsers_ContactId"] = ProblemCodes.UserExists,
        ["IX_FundTypes_NormalizedCode"] = ProblemCodes.DuplicateCode,
        ["IX_FundTypes_NormalizedName"] = ProblemCodes.DuplicateName,
        ["IX_Funds_PartnershipId_FundTypeId"] = ProblemCodes.FundExists,
        ["IX_FundTransactions_ReversesEntryId"] = ProblemCodes.EntryAlreadyReversed,
        ["IX_IdempotencyRecords_Caller_Key"] = ProblemCodes.IdempotencyKeyInProgress,
        ["IX_Products_Code"] = ProblemCodes.DuplicateCode,
        ["IX_PriceLists_NormalizedName"] = ProblemCodes.DuplicateName,
        ["IX_PriceLists_ScopeKey"] = ProblemCodes.PriceListExists,
        ["IX_Orders_OpportunityId"] = ProblemCodes.OpportunityHasOrder,
        ["IX_OrderLines_OrderId_ProductId"] = ProblemCodes.OrderLineExists,
    };

    /// <summary>The exception the API should answer with for <paramref name="exception"/>, or null to rethrow it.</summary>
    public static Exception? Translate(DbContext context, DbUpdateException exception)
    {
        if (exception is DbUpdateConcurrencyException)
        {
            return null;
        }

        switch (exception.InnerException)
        {
            case SqliteException { SqliteErrorCode: 19 } sqlite when sqlite.SqliteExtendedErrorCode is 2067 or 1555:
                return Unique(FindSqliteIndex(context.Model, sqlite.Message));
            case SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 787 }:
                return Referenced(exception);
            case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres:
                return Unique(postgres.ConstraintName);
            case PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation }:
                return Referenced(exception);
            case SqlException { Number: 2601 or 2627 } sqlServer:
                return Unique(SqlServerName().Match(sqlServer.Message) is { Success: true } m ? m.Groups["name"].Value : null);
            case SqlException { Number: 547 } sqlServer when sqlServer.Message.Contains("FOREIGN KEY", StringComparison.Ordinal):
                return Referenced(exception);
            default:
                return null;
        }
    }

    private static DomainRuleException Unique(string? index)
    {
        var code = index is not null && UniqueIndexCodes.TryGetValue(index, out var known) ? known : ProblemCodes.Conflict;
        var message = code == ProblemCodes.DuplicateName
            ? "Another record with this name was saved at the same time; choose another name."
            : "The change clashes with a record saved at the same time; reload and try again.";
        return new DomainRuleException(code, message, isConflict: true);
    }

    private static NotFoundException Referenced(DbUpdateException exception) =>
        NotFoundException.Referenced(exception.Entries.FirstOrDefault()?.Metadata.ClrType.Name is { } name ? $"record referenced by the {name}" : "record");

    // SQLite says "UNIQUE constraint failed: Table.ColA, Table.ColB": find the unique index on exactly those columns.
    private static string? FindSqliteIndex(IModel model, string message)
    {
        var match = SqliteColumns().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var columns = match.Groups["columns"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Split('.')).Where(p => p.Length == 2).ToList();
        if (columns.Count == 0)
        {
            return null;
        }

        var table = columns[0][0];
        var names = columns.Select(c => c[1]).ToList();
        return model.GetEntityTypes()
            .Where(e => string.Equals(e.GetTableName(), table, StringComparison.Ordinal))
            .SelectMany(e => e.GetIndexes())
            .Where(i => i.IsUnique)
            .FirstOrDefault(i => i.Properties.Select(p => p.GetColumnName()).SequenceEqual(names, StringComparer.Ordinal))
            ?.GetDatabaseName();
    }

    [GeneratedRegex(@"UNIQUE constraint failed: (?<columns>[^']+)")]
    private static partial Regex SqliteColumns();

    [GeneratedRegex(@"(?:unique index|constraint) '(?<name>[^']+)'")]
    private static partial Regex SqlServerName();
}
