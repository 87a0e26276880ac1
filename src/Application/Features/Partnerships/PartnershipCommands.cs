using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships;

[Authorize(Roles = Roles.PartnerStaff, Scopes = Scopes.PartnersWrite)]
public sealed record CreatePartnershipCommand(
    Guid AccountId, Guid PartnerTypeId, Guid? PartnerLevelId, string? Name, DateOnly? StartDate, DateOnly? DueDate, bool IsActive = true)
    : ICommand<PartnershipDto>;

[Authorize(Roles = Roles.PartnerStaff, Scopes = Scopes.PartnersWrite)]
public sealed record UpdatePartnershipCommand(string Name, Guid PartnerLevelId, DateOnly StartDate, DateOnly DueDate) : ICommand<PartnershipDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

/// <summary>Promotes an eligible partnership to the next level of its type (W7); progress restarts unless told otherwise (D2).</summary>
[Authorize(Roles = Roles.PartnerStaff, Scopes = Scopes.PartnersWrite)]
public sealed record PromotePartnershipCommand(bool ResetProgress = true) : ICommand<PartnershipDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

[Authorize(Roles = Roles.PartnerStaff, Scopes = Scopes.PartnersWrite)]
public sealed record SetPartnershipActiveCommand(Guid Id, bool IsActive) : ICommand<PartnershipDto>;

[Authorize(Roles = Roles.PartnerStaff, Scopes = Scopes.PartnersWrite)]
public sealed record UpdatePartnershipParameterCommand(decimal? NumberValue, string? TextValue, bool? BoolValue) : ICommand<PartnershipDto>
{
    [JsonIgnore]
    public Guid PartnershipId { get; init; }

    [JsonIgnore]
    public Guid ParameterId { get; init; }
}

public sealed class CreatePartnershipValidator : AbstractValidator<CreatePartnershipCommand>
{
    public CreatePartnershipValidator()
    {
        RuleFor(x => x.AccountId).NotEmpty();
        RuleFor(x => x.PartnerTypeId).NotEmpty();
        RuleFor(x => x.PartnerLevelId).NotEqual(Guid.Empty);
        RuleFor(x => x.Name).MaximumLength(250);
        RuleFor(x => x.DueDate).GreaterThanOrEqualTo(x => x.StartDate).When(x => x.StartDate is not null && x.DueDate is not null)
            .WithMessage("The due date must not be before the start date.");
    }
}

public sealed class UpdatePartnershipValidator : AbstractValidator<UpdatePartnershipCommand>
{
    public UpdatePartnershipValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(250);
        RuleFor(x => x.PartnerLevelId).NotEmpty();
        RuleFor(x => x.StartDate).NotEmpty();
        RuleFor(x => x.DueDate).NotEmpty().GreaterThanOrEqualTo(x => x.StartDate).WithMessage("The due date must not be before the start date.");
    }
}

public sealed class UpdatePartnershipParameterValidator : AbstractValidator<UpdatePartnershipParameterCommand>
{
    public UpdatePartnershipParameterValidator()
    {
        RuleFor(x => x).Must(x => x.NumberValue is not null || x.TextValue is not null || x.BoolValue is not null)
            .WithName("numberValue").WithMessage("Enter a value.");
        RuleFor(x => x.NumberValue).GreaterThanOrEqualTo(0).LessThanOrEqualTo(1_000_000_000_000m);
        RuleFor(x => x.TextValue).MaximumLength(250);
    }
}

public sealed class PartnershipCommandHandlers(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, ISender sender) :
    ICommandHandler<CreatePartnershipCommand, PartnershipDto>,
    ICommandHandler<UpdatePartnershipCommand, PartnershipDto>,
    ICommandHandler<SetPartnershipActiveCommand, PartnershipDto>,
    ICommandHandler<PromotePartnershipCommand, PartnershipDto>,
    ICommandHandler<UpdatePartnershipParameterCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(CreatePartnershipCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Where(a => a.Id == command.AccountId).FirstOr404Async("Account", command.AccountId, cancellationToken);
        var type = await db.PartnerTypes.Where(t => t.Id == command.PartnerTypeId).FirstOr404Async("Partner type", command.PartnerTypeId, cancellationToken);
        var level = command.PartnerLevelId is { } levelId
            ? await LoadLevel(levelId, cancellationToken)
            : await db.PartnerLevels.Include(l => l.Parameters).Where(l => l.PartnerTypeId == type.Id).OrderBy(l => l.Number).FirstOrDefaultAsync(cancellationToken)
              ?? throw new DomainRuleException("type_has_no_levels", $"Partner type {type.Name} has no levels yet; add one first.");
        if (command.IsActive)
        {
            await EnsureNoOtherActive(account.Id, null, cancellationToken);
        }

        var start = command.StartDate ?? Today();
        var partnership = Partnership.Create(
            account, type, level, command.Name, start, command.DueDate ?? Partnership.DefaultDueDate(start), command.IsActive, Now(), user.DisplayName);
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(cancellationToken);
        return await Read(partnership.Id, cancellationToken);
    }

    public async ValueTask<PartnershipDto> Handle(UpdatePartnershipCommand command, CancellationToken cancellationToken)
    {
        var partnership = await LoadForChange(command.Id, cancellationToken);
        partnership.Update(command.Name, command.StartDate, command.DueDate);
        if (command.PartnerLevelId != partnership.PartnerLevelId)
        {
            partnership.ChangeLevel(await LoadLevel(command.PartnerLevelId, cancellationToken), Now(), user.DisplayName);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await Read(partnership.Id, cancellationToken);
    }

    public async ValueTask<PartnershipDto> Handle(PromotePartnershipCommand command, CancellationToken cancellationToken)
    {
        var partnership = await LoadForChange(command.Id, cancellationToken);
        var current = await db.PartnerLevels.Where(l => l.Id == partnership.PartnerLevelId).Select(l => l.Number).SingleAsync(cancellationToken);
        var next = await db.PartnerLevels.Include(l => l.Parameters)
            .Where(l => l.PartnerTypeId == partnership.PartnerTypeId && l.Number > current)
            .OrderBy(l => l.Number).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException("top_level", "This partnership is at the top level of its type.");
        partnership.Promote(next, command.ResetProgress, Now(), user.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return await Read(partnership.Id, cancellationToken);
    }

    public async ValueTask<PartnershipDto> Handle(SetPartnershipActiveCommand command, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.Where(p => p.Id == command.Id).FirstOr404Async("Partnership", command.Id, cancellationToken);
        if (command.IsActive)
        {
            await EnsureNoOtherActive(partnership.AccountId, partnership.Id, cancellationToken);
            partnership.Activate();
        }
        else
        {
            partnership.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return await Read(partnership.Id, cancellationToken);
    }

    public async ValueTask<PartnershipDto> Handle(UpdatePartnershipParameterCommand command, CancellationToken cancellationToken)
    {
        var partnership = await LoadForChange(command.PartnershipId, cancellationToken);
        var parameter = partnership.Parameters.SingleOrDefault(p => p.Id == command.ParameterId)
            ?? throw new NotFoundException("Partnership parameter", command.ParameterId);
        partnership.SetCurrentValue(
            parameter.Id, ParameterValue.Of(parameter.ValueType, command.NumberValue, command.TextValue, command.BoolValue), Now(), user.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return await Read(partnership.Id, cancellationToken);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today() => DateOnly.FromDateTime(Now());

    private async Task<PartnerLevel> LoadLevel(Guid levelId, CancellationToken cancellationToken) =>
        await db.PartnerLevels.Include(l => l.Parameters).Where(l => l.Id == levelId).FirstOr404Async("Partner level", levelId, cancellationToken);

    private Task<Partnership> LoadForChange(Guid id, CancellationToken cancellationToken) =>
        db.Partnerships
            .Include(p => p.Parameters)
            .Include(p => p.History.Where(h => h.ValidTo == null))
            .Where(p => p.Id == id)
            .FirstOr404Async("Partnership", id, cancellationToken);

    // D11: one active partnership per partner; a second one needs an explicit renewal, never a silent switch.
    private Task EnsureNoOtherActive(Guid accountId, Guid? exceptId, CancellationToken cancellationToken) =>
        db.Partnerships.EnsureNoneAsync(
            p => p.AccountId == accountId && p.IsActive && p.Id != exceptId,
            "active_partnership_exists",
            "This partner already has an active partnership; deactivate it first.",
            cancellationToken);

    private async Task<PartnershipDto> Read(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new GetPartnershipQuery(id), cancellationToken);
}
