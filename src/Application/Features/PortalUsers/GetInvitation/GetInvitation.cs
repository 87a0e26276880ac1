using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.LicensePools;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers.GetInvitation;

[AllowAnonymous]
public sealed record GetInvitationQuery(string Token) : IQuery<InvitationDto>;

public sealed class GetInvitationHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetInvitationQuery, InvitationDto>
{
    public async ValueTask<InvitationDto> Handle(GetInvitationQuery query, CancellationToken cancellationToken)
    {
        var hash = PortalUser.Hash(query.Token);
        var found = await (
                from u in db.PortalUsers.IgnoreQueryFilters()
                join o in db.PortalOrganizations.IgnoreQueryFilters() on u.OrganizationId equals o.Id
                where u.InvitationTokenHash == hash
                select new { u.Email, o.Name, u.InvitationTokenHash, u.InvitationExpiresAt, u.InvitationAcceptedAt, u.IsActive })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Invitation", "for this link");

        // The link of a deactivated user no longer works, so it reads as expired.
        var status = PortalUser.InvitationStatusOf(found.InvitationAcceptedAt, found.InvitationTokenHash, found.InvitationExpiresAt, clock.GetUtcNow().UtcDateTime) switch
        {
            InvitationStatus.Accepted => InvitationLinkStatus.Used,
            InvitationStatus.Pending when found.IsActive => InvitationLinkStatus.Valid,
            _ => InvitationLinkStatus.Expired,
        };
        return new InvitationDto(found.Email, found.Name, status);
    }
}
