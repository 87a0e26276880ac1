using FluentValidation;
using PartnerPortal.Application.Features.MarketingActivities;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads;

/// <summary>The free-text part of a lead, as employees and partners give it.</summary>
public interface ILeadFields
{
    string? CompanyName { get; }

    string? ContactName { get; }

    string? ContactEmail { get; }

    string Need { get; }

    decimal Budget { get; }

    string? Source { get; }

    string? Region { get; }
}

public sealed class LeadFieldsValidator : AbstractValidator<ILeadFields>
{
    public LeadFieldsValidator()
    {
        RuleFor(x => x.CompanyName).MaximumLength(Lead.TextMaxLength);
        RuleFor(x => x.ContactName).MaximumLength(Lead.TextMaxLength);
        RuleFor(x => x.ContactEmail).MaximumLength(Lead.TextMaxLength).EmailAddress();
        RuleFor(x => x.Need).NotEmpty().MaximumLength(Lead.NeedMaxLength);
        RuleFor(x => x.Budget).ValidBudget();
        RuleFor(x => x.Source).MaximumLength(Lead.ShortTextMaxLength);
        RuleFor(x => x.Region).MaximumLength(Lead.ShortTextMaxLength);
    }
}

/// <summary>Conversions the lead use cases share.</summary>
public static class LeadFields
{
    public static LeadDetails Details(ILeadFields fields, Guid? customerAccountId = null, Guid? contactId = null) => new(
        customerAccountId, contactId, fields.CompanyName, fields.ContactName, fields.ContactEmail, fields.Need, Money.ToMinor(fields.Budget),
        fields.Source, fields.Region);
}

/// <summary>The rules of <see cref="LeadFilter"/> for the list and its export alike.</summary>
public sealed class LeadFilterValidator : AbstractValidator<LeadFilter>
{
    public LeadFilterValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.OfferState).IsInEnum();
        RuleFor(x => x.Region).MaximumLength(Lead.ShortTextMaxLength);
        RuleFor(x => x.Source).MaximumLength(Lead.ShortTextMaxLength);
        RuleFor(x => x.PartnerAccountId).NotEqual(Guid.Empty);
    }
}
