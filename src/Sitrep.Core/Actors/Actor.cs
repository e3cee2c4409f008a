using System.Collections.Immutable;

namespace Sitrep.Actors;

/// <summary>
/// One entry of the actor dictionary. State actors generated per country (Military Forces of X …)
/// carry the template <see cref="Role"/> and, when <see cref="HasRegimes"/>, take a regime period
/// suffix for an event date (see <see cref="ActorDictionary.NameOn"/>).
/// </summary>
public sealed record Actor
{
    /// <summary>The canonical name without a regime period, as ACLED writes it.</summary>
    public required string Name { get; init; }

    /// <summary>One of <see cref="ActorTypes.All"/>.</summary>
    public required string Type { get; init; }

    /// <summary>ACLED's inter code, 1..8, matching <see cref="Type"/>.</summary>
    public required int Inter { get; init; }

    /// <summary>ISO 3166-1 alpha-3, or null for international actors.</summary>
    public string? Country { get; init; }

    /// <summary>Other names and acronyms as news print them.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Roles such as "pmc:RUS" (a private military company sponsored by Russia).</summary>
    public ImmutableArray<string> Roles { get; init; } = [];

    /// <summary>When the actor existed, where known.</summary>
    public DateRange Active { get; init; } = DateRange.Always;

    /// <summary>The template role ("military", "civilians" …) for actors generated per country; null otherwise.</summary>
    public string? Role { get; init; }

    public bool HasRegimes { get; init; }

    /// <summary>Where the entry came from: "generated", "curated" or "phoenix".</summary>
    public required string Source { get; init; }

    public string? Note { get; init; }
}
