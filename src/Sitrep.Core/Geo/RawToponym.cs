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

    /// <summary>
    /// The admin context was read from prose after the name ("in the Kursk region"), not from a qualifier or a
    /// parenthetical: it favours the namesake inside the area but does not overrule a place the gazetteer lists without one.
    /// </summary>
    public bool AdminFromProse { get; init; }
}
