namespace Sitrep.Geo;

public sealed record ToponymOptions
{
    public static ToponymOptions Default { get; } = new();

    /// <summary>
    /// A small town named without a cue ("in", "near") and outside the document's country is more
    /// often a capitalised common word than a place; below this population it is dropped.
    /// </summary>
    public long MinPopulationWithoutCue { get; init; } = 1000;

    /// <summary>Places this big are never taken for part of a person's name ("Paris" in "Paris Hilton" stays a place).</summary>
    public long MinPopulationOfMajorPlace { get; init; } = 50_000;

    /// <summary>The longest name, in words, worth looking up.</summary>
    public int MaxNameWords { get; init; } = 7;

    /// <summary>
    /// How much a name's less likely readings count as evidence for the places near them
    /// (<see cref="SpatialContext"/>): a reading scoring this far below the name's best counts 1/e.
    /// Dallas, Georgia is a possible reading of "Dallas", but far weaker evidence than Atlanta, Georgia.
    /// </summary>
    public double ReadingDecay { get; init; } = 2;

    public GeocoderOptions Geocoder { get; init; } = GeocoderOptions.Default;
}
