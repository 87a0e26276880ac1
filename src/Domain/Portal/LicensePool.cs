using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Portal;

/// <summary>Portal licences of one edition (e.g. "Partner portal cloud"): each active portal user holds one seat.</summary>
public sealed class LicensePool
{
    private LicensePool()
    {
        Edition = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Edition { get; private set; }

    public int Seats { get; private set; }

    /// <summary>Changes whenever a seat is taken or the count changes, so two concurrent takers cannot overfill the pool.</summary>
    public Guid Version { get; private set; }

    public static LicensePool Create(string edition, int seats)
    {
        var pool = new LicensePool { Id = Guid.CreateVersion7() };
        pool.Update(edition, seats, used: 0);
        return pool;
    }

    public void Update(string edition, int seats, int used)
    {
        if (seats < 0)
        {
            throw new DomainRuleException(ProblemCodes.SeatsInvalid, "Seats cannot be negative.");
        }

        if (seats < used)
        {
            throw new DomainRuleException(ProblemCodes.SeatsBelowUsage, $"{used} seats are in use; deactivate users before lowering the count to {seats}.", isConflict: true);
        }

        Edition = Guard.Required(edition, "Edition", 100);
        Seats = seats;
        Version = Guid.NewGuid();
    }

    internal void TakeSeat() => Version = Guid.NewGuid();
}
