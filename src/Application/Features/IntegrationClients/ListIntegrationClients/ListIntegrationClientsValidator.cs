using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.IntegrationClients.ListIntegrationClients;

public sealed class ListIntegrationClientsValidator : AbstractValidator<ListIntegrationClientsQuery>
{
    public ListIntegrationClientsValidator() => this.AddPagingRules();
}
