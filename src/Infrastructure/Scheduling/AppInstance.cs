namespace PartnerPortal.Infrastructure.Scheduling;

/// <summary>
/// This API instance's name, as people read it on the jobs page and as the outbox records who holds a message:
/// machine, process and a short random part (two hosts in one process, as in tests, still differ).
/// </summary>
public sealed class AppInstance
{
    public string Name { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..6]}";
}
