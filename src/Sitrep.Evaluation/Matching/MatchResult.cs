using System.Collections.Immutable;

namespace Sitrep.Evaluation.Matching;

/// <summary>
/// The comparison of one prediction with one gold event: the conditions it fails (none when it
/// matches) and the measures pairing ranks matches by.
/// </summary>
public sealed record MatchResult
{
    public required ImmutableArray<Mismatch> Mismatches { get; init; }
    public required bool SameEventType { get; init; }
    public required bool SameSubType { get; init; }
    public required bool ExactStartDate { get; init; }

    /// <summary>Days the predicted start lies outside the gold interval (0 inside it).</summary>
    public required int DaysOutside { get; init; }

    /// <summary>Great-circle distance between the two places, when both have coordinates.</summary>
    public double? DistanceKm { get; init; }

    /// <summary>Whether the normalised location names are equal (false when either is missing).</summary>
    public required bool SameLocationName { get; init; }

    public bool IsMatch => Mismatches.IsEmpty;

    /// <summary>Nearness of the places for ranking: kilometres, 0 for equal names without coordinates, otherwise infinity.</summary>
    public double PlaceRank => DistanceKm ?? (SameLocationName ? 0 : double.PositiveInfinity);
}
