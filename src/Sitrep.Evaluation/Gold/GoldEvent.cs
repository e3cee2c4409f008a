using System.Collections.Immutable;
using Sitrep.Events;

namespace Sitrep.Evaluation.Gold;

/// <summary>One event of a gold file, in the shape GUIDELINES.md defines.</summary>
public sealed record GoldEvent
{
    public required string Id { get; init; }

    /// <summary>False where a careful coder could reasonably leave the event out; missing it costs nothing.</summary>
    public required bool Required { get; init; }

    /// <summary>Past context the article mentions, not a new event.</summary>
    public required bool Background { get; init; }

    public bool Aggregate { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }

    /// <summary>The initiator, or null where the text names none.</summary>
    public GoldActor? Actor1 { get; init; }

    /// <summary>The target, or null where the text names none.</summary>
    public GoldActor? Actor2 { get; init; }

    public ImmutableArray<GoldActor> AssocActor1 { get; init; } = [];
    public ImmutableArray<GoldActor> AssocActor2 { get; init; } = [];
    public required EventDate Date { get; init; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public required string Country { get; init; }

    public string? Admin1 { get; init; }
    public string? Location { get; init; }
    public GeoPoint? Point { get; init; }
    public required GeoPrecision GeoPrecision { get; init; }
    public FatalityCount Fatalities { get; init; }
    public ImmutableArray<Claim> Claims { get; init; } = [];

    /// <summary>The shortest verbatim span of the article that states the event.</summary>
    public required string Evidence { get; init; }

    /// <summary>True when the gold event names an initiator or a target, so matching requires a common actor.</summary>
    public bool HasActors => Actor1 is not null || Actor2 is not null;
}
