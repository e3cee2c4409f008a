using System.Collections.Immutable;

namespace Sitrep.Events;

/// <summary>
/// An actor as coded on an event: the canonical dictionary name (ACLED conventions), the names
/// the text used, the actor type with ACLED's inter code (1 state forces … 8 external/other
/// forces), and the country (ISO 3166-1 alpha-3) where it has one.
/// </summary>
public sealed record ActorRef
{
    public required string Name { get; init; }
    public ImmutableArray<string> Aliases { get; init; } = [];
    public string? Type { get; init; }
    public int? Inter { get; init; }
    public string? Country { get; init; }

    /// <summary>Every name this actor may be printed under, canonical first.</summary>
    public IEnumerable<string> AllNames => Aliases.IsDefault ? [Name] : Aliases.Prepend(Name);
}
