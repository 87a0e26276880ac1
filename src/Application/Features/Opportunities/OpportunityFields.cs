using FluentValidation;
using PartnerPortal.Application.Features.MarketingActivities;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.Opportunities;

/// <summary>The fields of an opportunity partners and employees change alike.</summary>
public interface IOpportunityWork
{
    OpportunityStage Stage { get; }

    decimal Amount { get; }

    DateOnly? ExpectedCloseDate { get; }

    string? NextStep { get; }

    string? Notes { get; }
}

/// <summary>The fields employees give in addition: the name and the customer.</summary>
public interface IOpportunityFields : IOpportunityWork
{
    string Name { get; }

    Guid? CustomerAccountId { get; }

    string? Customer { get; }
}

public sealed class OpportunityWorkValidator : AbstractValidator<IOpportunityWork>
{
    public OpportunityWorkValidator()
    {
        RuleFor(x => x.Stage).IsInEnum();
        RuleFor(x => x.Amount).ValidBudget();
        RuleFor(x => x.NextStep).MaximumLength(Opportunity.TextMaxLength);
        RuleFor(x => x.Notes).MaximumLength(Opportunity.NotesMaxLength);
    }
}

public sealed class OpportunityFieldsValidator : AbstractValidator<IOpportunityFields>
{
    public OpportunityFieldsValidator()
    {
        Include(new OpportunityWorkValidator());
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Opportunity.NameMaxLength);
        RuleFor(x => x.Customer).MaximumLength(Opportunity.NameMaxLength);
        RuleFor(x => x.CustomerAccountId).NotEqual(Guid.Empty);
    }
}

/// <summary>The rules of <see cref="OpportunityFilter"/> for the list and its export alike.</summary>
public sealed class OpportunityFilterValidator : AbstractValidator<OpportunityFilter>
{
    public OpportunityFilterValidator()
    {
        RuleFor(x => x.Stage).IsInEnum();
        RuleFor(x => x.PartnerAccountId).NotEqual(Guid.Empty);
        RuleFor(x => x.OwnerId).NotEqual(Guid.Empty);
    }
}

/// <summary>Conversions the opportunity use cases share.</summary>
public static class OpportunityFields
{
    /// <summary>The details after a partner's change: its own fields from the request, the rest as they are.</summary>
    public static OpportunityDetails Worked(Opportunity current, IOpportunityWork work) => new(
        current.Name, current.CustomerAccountId, current.Customer, Money.ToMinor(work.Amount), work.ExpectedCloseDate, work.NextStep, work.Notes);
}
