using Sitrep.Documents;

namespace Sitrep.Geo;

/// <summary>A name found in the text before resolution, with what its surroundings say.</summary>
internal sealed record RawToponym(Span Span, string Key, bool Known)
{
    public CueReading Cue { get; init; }
    public PlaceKind? PreferredKind { get; init; }

    /// <summary>The admin names of an ACLED-style parenthetical: "Gargada (Diffa, Diffa)".</summary>
    public IReadOnlyList<string> AdminContext { get; init; } = [];

    public string? ContextCountry { get; init; }
}
