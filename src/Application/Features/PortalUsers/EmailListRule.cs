using System.Linq.Expressions;
using FluentValidation;

namespace PartnerPortal.Application.Features.PortalUsers;

/// <summary>
/// The rule for a list of e-mails to add as portal users, written once for the back-office and the portal: at most
/// 100 at once, each a valid address.
/// </summary>
public static class EmailListRule
{
    public const int MaxAtOnce = 100;

    public static void RuleForEmailList<T>(this AbstractValidator<T> validator, Expression<Func<T, IEnumerable<string>?>> emails)
    {
        validator.RuleFor(emails).Must(e => e is null || e.Count() <= MaxAtOnce).WithMessage($"Add at most {MaxAtOnce} users at once.");
        validator.RuleForEach(emails).NotEmpty().EmailAddress().WithMessage("{PropertyValue} is not a valid e-mail address.").MaximumLength(250);
    }
}
