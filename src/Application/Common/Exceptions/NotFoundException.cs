namespace PartnerPortal.Application.Common.Exceptions;

public sealed class NotFoundException : Exception
{
    public NotFoundException(string entity, object key)
        : base($"{entity} {key} was not found.") => Entity = entity;

    private NotFoundException(string entity, string message, bool _)
        : base(message) => Entity = entity;

    public string Entity { get; }

    /// <summary>A record the change refers to (a foreign key) does not exist, e.g. it was deleted at the same time.</summary>
    public static NotFoundException Referenced(string entity) =>
        new(entity, $"The {entity} this change refers to does not exist (any more).", true);
}
