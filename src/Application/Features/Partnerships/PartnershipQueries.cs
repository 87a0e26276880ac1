using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships;

[Authorize(Roles = Roles.PartnerStaff, Scopes = Scopes.PartnersRead)]
public sealed record ListPartnershipsQuery(
    Guid? PartnerTypeId, Guid? PartnerLevelId, bool? IsActive, string? Search, Guid? AccountId = null, string? Sort = null,
    int Page = 1, int PageSize = 25) : IQuery<Paged<PartnershipListItemDto>>;

[Authorize(Roles = Roles.PartnerStaff, Scopes = Scopes.PartnersRead)]
public sealed record GetPartnershipQuery(Guid Id) : IQuery<PartnershipDto>;

[Authorize(Roles = Roles.PartnerStaff, Scopes = Scopes.PartnersRead)]
public sealed record GetPartnershipHistoryQuery(Guid Id) : IQuery<IReadOnlyList<ParameterHistoryDto>>;

public sealed class ListPartnershipsValidator : AbstractValidator<ListPartnershipsQuery>
{
    public static readonly IReadOnlyList<string> SortKeys = ["name", "account", "startDate", "dueDate", "level", "score"];

    public ListPartnershipsValidator()
    {
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Sort).Must(s => s is null || SortKeys.Contains(s.TrimStart('-')))
            .WithMessage($"Sort by one of: {string.Join(", ", SortKeys)} (prefix '-' for descending).");
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, PagingExtensions.MaxPageSize);
    }
}

public sealed class PartnershipQueryHandlers(PartnershipReader reader) :
    IQueryHandler<ListPartnershipsQuery, Paged<PartnershipListItemDto>>,
    IQueryHandler<GetPartnershipQuery, PartnershipDto>,
    IQueryHandler<GetPartnershipHistoryQuery, IReadOnlyList<ParameterHistoryDto>>
{
    public async ValueTask<Paged<PartnershipListItemDto>> Handle(ListPartnershipsQuery query, CancellationToken cancellationToken)
    {
        var rows = reader.Rows();
        if (query.PartnerTypeId is { } typeId)
        {
            rows = rows.Where(r => r.P.PartnerTypeId == typeId);
        }

        if (query.PartnerLevelId is { } levelId)
        {
            rows = rows.Where(r => r.P.PartnerLevelId == levelId);
        }

        if (query.IsActive is { } active)
        {
            rows = rows.Where(r => r.P.IsActive == active);
        }

        if (query.AccountId is { } accountId)
        {
            rows = rows.Where(r => r.P.AccountId == accountId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search.Trim().ToLower()}%";
            rows = rows.Where(r => EF.Functions.Like(r.P.Name.ToLower(), pattern) || EF.Functions.Like(r.A.Name.ToLower(), pattern));
        }

        return await reader.Project(Sort(rows, query.Sort)).ToPagedAsync(query.Page, query.PageSize, cancellationToken);
    }

    public async ValueTask<PartnershipDto> Handle(GetPartnershipQuery query, CancellationToken cancellationToken) =>
        await reader.ReadAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Partnership", query.Id);

    public async ValueTask<IReadOnlyList<ParameterHistoryDto>> Handle(GetPartnershipHistoryQuery query, CancellationToken cancellationToken) =>
        await reader.HistoryAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Partnership", query.Id);

    private static IQueryable<PartnershipReader.Row> Sort(IQueryable<PartnershipReader.Row> rows, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        return sort?.TrimStart('-') switch
        {
            "account" => descending ? rows.OrderByDescending(r => r.A.Name) : rows.OrderBy(r => r.A.Name),
            "startDate" => descending ? rows.OrderByDescending(r => r.P.StartDate) : rows.OrderBy(r => r.P.StartDate),
            "dueDate" => descending ? rows.OrderByDescending(r => r.P.DueDate) : rows.OrderBy(r => r.P.DueDate),
            "level" => descending ? rows.OrderByDescending(r => r.L.Number).ThenBy(r => r.P.Name) : rows.OrderBy(r => r.L.Number).ThenBy(r => r.P.Name),
            "score" => descending ? rows.OrderByDescending(r => r.P.CurrentScore) : rows.OrderBy(r => r.P.CurrentScore),
            _ => descending ? rows.OrderByDescending(r => r.P.Name) : rows.OrderBy(r => r.P.Name),
        };
    }
}
