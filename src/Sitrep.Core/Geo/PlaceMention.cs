using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Geo;

/// <summary>
/// A place named in the text, with the gazetteer entry it resolved to (null when nothing fits; the
/// note says why) and the precision the wording allows: "near Gao" is near, "Borno" is admin1.
/// </summary>
public sealed record PlaceMention(Span Span, string Text) : ISpanned
{
    public GazetteerEntry? Place { get; init; }
    public GeoPrecision Precision { get; init; } = GeoPrecision.Exact;

    /// <summary>The words before the name that shaped the reading: "near", "village of", "15 miles southwest of".</summary>
    public string? Cue { get; init; }

    /// <summary>Why the place is unresolved, or how it was resolved when that is not obvious.</summary>
    public string? Note { get; init; }
}
