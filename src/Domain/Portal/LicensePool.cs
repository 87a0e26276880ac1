using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Portal;

/// <summary>The product a licence pool's seats are for. Partner users take seats only from <see cref="PartnerPortal"/> pools.</summary>
public enum LicenseKind
{
    PartnerPortal,
}

/// <summary>Licences of one edition of a product (e.g. "Partner portal cloud"): each active portal user holds one seat.</summary>
public sealed class LicensePool
{
    private LicensePool()
    {
        Edition = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The product the seats are for; fixed when the pool is created.</summary>
    public LicenseKind Kind { get; private set; }

    public string Edition { get; private set; }

    /// <summary>The edition as compared for uniqueness within the kind (<see cref="NameKey"/>).</summary>
    public string NormalizedEdition { get; private set; } = string.Empty;

    public int Seats { get; private set; }

    /// <summary>Changes whenever a seat is taken or the count changes, so two concurrent takers cannot overfill the pool.</summary>
    public Guid Version { get; private set; }

    public static LicensePool Create(string edition, int seats, LicenseKind kind = LicenseKind.PartnerPortal)
    {
        var pool = new LicensePool { Id = Guid.CreateVersion7(), Kind = kind };
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
        NormalizedEdition = NameKey.Of(Edition);
        Seats = seats;
        Version = Guid.NewGuid();
    }

    internal void TakeSeat() => Version = Guid.NewGuid();
}
