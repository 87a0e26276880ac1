using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.EmailActions.GetEmailAction;

/// <summary>What an act-from-e-mail link would do, and whether it still can (for the confirmation page; changes nothing).</summary>
[AllowAnonymous]
public sealed record GetEmailActionQuery(string Token) : IQuery<EmailActionDto>;

public sealed class GetEmailActionHandler(EmailActionLinks links) : IQueryHandler<GetEmailActionQuery, EmailActionDto>
{
    public async ValueTask<EmailActionDto> Handle(GetEmailActionQuery query, CancellationToken cancellationToken) =>
        await links.DescribeAsync(await links.FindAsync(query.Token, cancellationToken), cancellationToken);
}
