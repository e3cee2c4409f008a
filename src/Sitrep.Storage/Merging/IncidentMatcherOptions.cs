using Sitrep.Events;

namespace Sitrep.Storage.Merging;

/// <summary>The tolerances of <see cref="IncidentMatcher"/>; the defaults are what the stores use.</summary>
public sealed record IncidentMatcherOptions
{
    public static IncidentMatcherOptions Default { get; } = new();

    /// <summary>
    /// Days two day-precise dates may lie apart and still be one incident: a night attack is
    /// often dated to the evening by one outlet and the next morning by another.
    /// </summary>
    public int DateSlackDays { get; init; } = 1;

    /// <summary>
    /// A report dated only to an interval longer than this is too vague to merge. Bounding it
    /// also bounds the stores' candidate window, so finding candidates stays an index range scan.
    /// </summary>
    public int MaxIntervalDays { get; init; } = 62;

    /// <summary>Two known tolls are compatible when their ranges overlap or the larger is at most this many times the smaller…</summary>
    public double TollRatio { get; init; } = 3;

    /// <summary>…or at most this many deaths apart (early counts of small incidents vary by a few).</summary>
    public int TollSlack { get; init; } = 5;

    /// <summary>How far from its coordinates an event coded at this precision may really have happened.</summary>
    public double RadiusKm(GeoPrecision precision) => precision switch
    {
        GeoPrecision.Exact => 10,
        GeoPrecision.Near => 25,
        GeoPrecision.Admin2 => 75,
        GeoPrecision.Admin1 => 300,
        _ => double.PositiveInfinity,
    };
}
