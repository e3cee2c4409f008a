using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Evaluation.Gold;
using Sitrep.Evaluation.Matching;
using Sitrep.Events;

namespace Sitrep.Evaluation.Scoring;

/// <summary>The per-field agreement GUIDELINES.md reports on paired events.</summary>
public static class FieldComparer
{
    public const string SubEventType = "sub_event_type";
    public const string Actor1 = "actor1";
    public const string Actor2 = "actor2";
    public const string DateStart = "date_start";
    public const string Location = "location";
    public const string Fatalities = "fatalities";
    public const string Claims = "claims";
    public const string Background = "background";

    /// <summary>How close the coordinates must be for the location to count as right.</summary>
    public const double LocationToleranceKm = 25;

    public static ImmutableArray<string> Fields { get; } = [SubEventType, Actor1, Actor2, DateStart, Location, Fatalities, Claims, Background];

    public static ImmutableArray<FieldCheck> Compare(GoldEvent gold, ConflictEvent predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        return
        [
            new(SubEventType, gold.SubEventType == predicted.SubEventType, predicted.SubEventType, gold.SubEventType),
            new(Actor1, ActorAgrees(gold.Actor1, predicted.Actor1), predicted.Actor1?.Name ?? "(none)", gold.Actor1?.Canonical ?? "(none)"),
            new(Actor2, ActorAgrees(gold.Actor2, predicted.Actor2), predicted.Actor2?.Name ?? "(none)", gold.Actor2?.Canonical ?? "(none)"),
            new(DateStart, gold.Date.Start == predicted.Date.Start, Day(predicted.Date.Start), Day(gold.Date.Start)),
            new(Location, LocationAgrees(gold, predicted.Place), Describe(predicted.Place.Location, predicted.Place.Point), Describe(gold.Location, gold.Point)),
            new(Fatalities, gold.Fatalities.Best == predicted.Fatalities.Best, Count(predicted.Fatalities.Best), Count(gold.Fatalities.Best)),
            new(Claims, ClaimsAgree(gold.Claims, predicted.Claims), Describe(predicted.Claims), Describe(gold.Claims)),
            new(Background, gold.Background == predicted.Background, Flag(predicted.Background), Flag(gold.Background)),
        ];
    }

    /// <summary>Both absent, or some printed name of the prediction equals a gold name after normalisation.</summary>
    public static bool ActorAgrees(GoldActor? gold, ActorRef? predicted)
    {
        if (gold is null || predicted is null) return gold is null && predicted is null;
        var names = gold.Names.Select(NameNormalizer.NormalizeActor).ToHashSet(StringComparer.Ordinal);
        return predicted.AllNames.Any(n => names.Contains(NameNormalizer.NormalizeActor(n)));
    }

    /// <summary>Within 25 km when both have coordinates, otherwise equal names.</summary>
    public static bool LocationAgrees(GoldEvent gold, EventPlace predicted) =>
        gold.Point is GeoPoint g && predicted.Point is GeoPoint p
            ? g.DistanceKm(p) <= LocationToleranceKm
            : EventMatcher.NamesEqual(gold.Location, predicted.Location);

    /// <summary>
    /// The same set of claim kinds and, where the gold names claimants, at least one claimant in
    /// common; no claims on either side agrees.
    /// </summary>
    public static bool ClaimsAgree(ImmutableArray<Claim> gold, ImmutableArray<Claim> predicted)
    {
        gold = gold.IsDefault ? [] : gold;
        predicted = predicted.IsDefault ? [] : predicted;
        var goldKinds = gold.Select(c => c.What).ToHashSet();
        var predictedKinds = predicted.Select(c => c.What).ToHashSet();
        if (!goldKinds.SetEquals(predictedKinds)) return false;
        var goldClaimants = gold.SelectMany(c => c.By.IsDefault ? [] : c.By).Select(NameNormalizer.NormalizeActor).ToHashSet(StringComparer.Ordinal);
        return goldClaimants.Count == 0 || predicted.SelectMany(c => c.By.IsDefault ? [] : c.By).Any(n => goldClaimants.Contains(NameNormalizer.NormalizeActor(n)));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static string Flag(bool flag) => flag ? "true" : "false";

    private static string Describe(string? name, GeoPoint? point) =>
        (name ?? "(no name)") + (point is GeoPoint p ? string.Create(CultureInfo.InvariantCulture, $" ({p.Latitude:0.##}, {p.Longitude:0.##})") : "");

    private static string Describe(ImmutableArray<Claim> claims) =>
        claims.IsDefaultOrEmpty ? "(none)"
        : string.Join("; ", claims.Select(c => $"{c.What.ToString().ToLowerInvariant()} by {(c.By.IsDefaultOrEmpty ? "(unnamed)" : c.By[0])}"));
}
