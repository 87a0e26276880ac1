using Mediator;
using PartnerPortal.Application.Common.Behaviours;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Scheduling;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Jobs.RunJob;

/// <summary>Runs a job now, on whichever instance's scheduler picks it up first (still once).</summary>
[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record RunJobCommand(string Name) : ICommand, IOutsideTransaction;

public sealed class RunJobHandler(IJobScheduler scheduler) : ICommandHandler<RunJobCommand>
{
    public async ValueTask<Unit> Handle(RunJobCommand command, CancellationToken cancellationToken)
    {
        if (!await scheduler.TriggerAsync(command.Name, cancellationToken))
        {
            throw new NotFoundException("Job", command.Name);
        }

        return Unit.Value;
    }
}
