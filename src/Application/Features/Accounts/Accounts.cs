using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Accounts;

public sealed record AccountDto(Guid Id, string Name, AccountType Type, Guid? OwnerId, string? OwnerName, string? Website, string? Country);

public sealed record AccountDetailDto(
    Guid Id, string Name, AccountType Type, Guid? OwnerId, string? OwnerName, string? Website, string? Country,
    IReadOnlyList<PartnershipListItemDto> Partnerships);

public interface IAccountFields
{
    string Name { get; }

    AccountType Type { get; }

    Guid? OwnerId { get; }

    string? Website { get; }

    string? Country { get; }
}

public sealed class AccountFieldsValidator : AbstractValidator<IAccountFields>
{
    public AccountFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Account.NameMaxLength);
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.OwnerId).NotEqual(Guid.Empty);
        RuleFor(x => x.Website).MaximumLength(250);
        RuleFor(x => x.Country).MaximumLength(100);
    }
}

// Portal user managers pick partner accounts to open their portal organizations.
[Authorize(Roles = Roles.AnyEmployee, Scopes = Scopes.PartnersRead)]
public sealed record ListAccountsQuery(AccountType? Type, string? Search, int Page = 1, int PageSize = 25) : IQuery<Paged<AccountDto>>;

[Authorize(Roles = Roles.PartnerStaff, Scopes = Scopes.PartnersRead)]
public sealed record GetAccountQuery(Guid Id) : IQuery<AccountDetailDto>;

[Authorize(Roles = Roles.PartnerStaff, Scopes = Scopes.PartnersWrite)]
public sealed record CreateAccountCommand(string Name, AccountType Type, Guid? OwnerId, string? Website, string? Country)
    : ICommand<AccountDto>, IAccountFields;

[Authorize(Roles = Roles.PartnerStaff, Scopes = Scopes.PartnersWrite)]
public sealed record UpdateAccountCommand(string Name, AccountType Type, Guid? OwnerId, string? Website, string? Country)
    : ICommand<AccountDto>, IAccountFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class ListAccountsValidator : AbstractValidator<ListAccountsQuery>
{
    public ListAccountsValidator()
    {
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, PagingExtensions.MaxPageSize);
    }
}

public sealed class CreateAccountValidator : AbstractValidator<CreateAccountCommand>
{
    public CreateAccountValidator() => Include(new AccountFieldsValidator());
}

public sealed class UpdateAccountValidator : AbstractValidator<UpdateAccountCommand>
{
    public UpdateAccountValidator() => Include(new AccountFieldsValidator());
}

public sealed class AccountHandlers(IApplicationDbContext db, IEmployeeDirectory employees, ISender sender) :
    IQueryHandler<ListAccountsQuery, Paged<AccountDto>>,
    IQueryHandler<GetAccountQuery, AccountDetailDto>,
    ICommandHandler<CreateAccountCommand, AccountDto>,
    ICommandHandler<UpdateAccountCommand, AccountDto>
{
    public async ValueTask<Paged<AccountDto>> Handle(ListAccountsQuery query, CancellationToken cancellationToken)
    {
        var accounts = db.Accounts.AsNoTracking();
        if (query.Type is { } type)
        {
            accounts = accounts.Where(a => a.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search.Trim().ToLower()}%";
            accounts = accounts.Where(a => EF.Functions.Like(a.Name.ToLower(), pattern));
        }

        var page = await accounts.OrderBy(a => a.Name)
            .Select(a => new AccountDto(a.Id, a.Name, a.Type, a.OwnerId, null, a.Website, a.Country))
            .ToPagedAsync(query.Page, query.PageSize, cancellationToken);
        var names = await OwnerNames(cancellationToken);
        return page with { Items = [.. page.Items.Select(a => a with { OwnerName = NameOf(names, a.OwnerId) })] };
    }

    public async ValueTask<AccountDetailDto> Handle(GetAccountQuery query, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == query.Id).FirstOr404Async("Account", query.Id, cancellationToken);
        var partnerships = await sender.Send(
            new ListPartnershipsQuery(null, null, null, null, AccountId: account.Id, Sort: "-startDate", PageSize: PagingExtensions.MaxPageSize),
            cancellationToken);
        var names = await OwnerNames(cancellationToken);
        return new AccountDetailDto(
            account.Id, account.Name, account.Type, account.OwnerId, NameOf(names, account.OwnerId), account.Website, account.Country,
            partnerships.Items);
    }

    public async ValueTask<AccountDto> Handle(CreateAccountCommand command, CancellationToken cancellationToken)
    {
        await EnsureOwnerExists(command.OwnerId, cancellationToken);
        var account = Account.Create(command.Name, command.Type, command.OwnerId, command.Website, command.Country);
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return await ToDto(account, cancellationToken);
    }

    public async ValueTask<AccountDto> Handle(UpdateAccountCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Where(a => a.Id == command.Id).FirstOr404Async("Account", command.Id, cancellationToken);
        await EnsureOwnerExists(command.OwnerId, cancellationToken);
        if (account.IsPartner && command.Type != AccountType.Partner
            && (await db.Partnerships.AnyAsync(p => p.AccountId == account.Id, cancellationToken)
                || await db.PortalOrganizations.AnyAsync(o => o.AccountId == account.Id, cancellationToken)))
        {
            throw new DomainRuleException(
                "account_has_partnerships", "This account has partnerships or a portal organization, so it must stay a partner.", isConflict: true);
        }

        account.Update(command.Name, command.Type, command.OwnerId, command.Website, command.Country);
        await db.SaveChangesAsync(cancellationToken);
        return await ToDto(account, cancellationToken);
    }

    private static string? NameOf(IReadOnlyDictionary<Guid, string> names, Guid? id) =>
        id is { } key && names.TryGetValue(key, out var name) ? name : null;

    private async Task<IReadOnlyDictionary<Guid, string>> OwnerNames(CancellationToken cancellationToken) =>
        (await employees.ListAsync(cancellationToken)).ToDictionary(e => e.Id, e => e.DisplayName);

    private async Task<AccountDto> ToDto(Account a, CancellationToken cancellationToken) =>
        new(a.Id, a.Name, a.Type, a.OwnerId, NameOf(await OwnerNames(cancellationToken), a.OwnerId), a.Website, a.Country);

    private async Task EnsureOwnerExists(Guid? ownerId, CancellationToken cancellationToken)
    {
        if (ownerId is { } id && await employees.FindAsync(id, cancellationToken) is null)
        {
            throw new NotFoundException("Employee", id);
        }
    }
}
