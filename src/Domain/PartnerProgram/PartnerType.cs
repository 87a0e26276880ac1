using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.PartnerProgram;

/// <summary>"Type of partner": Reseller, Consultant, Integrator, ...</summary>
public sealed class PartnerType
{
    private PartnerType()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name as compared for uniqueness (<see cref="NameKey"/>).</summary>
    public string NormalizedName { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public static PartnerType Create(string name, string? description)
    {
        var type = new PartnerType { Id = Guid.CreateVersion7() };
        type.Update(name, description);
        return type;
    }

    public void Update(string name, string? description)
    {
        Name = Guard.Required(name, "Name", 100);
        NormalizedName = NameKey.Of(Name);
        Description = Guard.Optional(description, "Description", 1000);
    }
}
