using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Evaluation.Gold;
using Sitrep.Events;

namespace Sitrep.Evaluation.Matching;

/// <summary>The four matching conditions of GUIDELINES.md, reporting every condition a pair fails.</summary>
public static class EventMatcher
{
    /// <summary>How far outside the gold interval a predicted start date may lie.</summary>
    public const int DateToleranceDays = 1;

    /// <summary>How close the coordinates must be for the places to agree.</summary>
    public const double PlaceToleranceKm = 50;

    public static MatchResult Compare(GoldEvent gold, ConflictEvent predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var mismatches = ImmutableArray.CreateBuilder<Mismatch>();

        bool sameType = string.Equals(gold.EventType, predicted.EventType, StringComparison.Ordinal);
        if (!sameType) mismatches.Add(new(MismatchKind.WrongType, $"wrong type: {predicted.EventType}, gold {gold.EventType}"));

        int daysOutside = DaysOutside(gold.Date, predicted.Date.Start);
        if (daysOutside > DateToleranceDays)
            mismatches.Add(new(MismatchKind.DateOff, $"date off by {daysOutside} days: {predicted.Date.Start:yyyy-MM-dd}, gold {FormatInterval(gold.Date)}"));

        double? distance = gold.Point is GeoPoint g && predicted.Place.Point is GeoPoint p ? g.DistanceKm(p) : null;
        bool sameName = NamesEqual(gold.Location, predicted.Place.Location);
        if (PlaceMismatch(gold, predicted.Place, distance, sameName) is Mismatch placeMismatch) mismatches.Add(placeMismatch);

        if (gold.HasActors && !HasCommonActor(gold, predicted))
            mismatches.Add(new(MismatchKind.NoCommonActor, $"no common actor: {DescribeActors(predicted)}, gold {DescribeActors(gold)}"));

        return new MatchResult
        {
            Mismatches = mismatches.ToImmutable(),
            SameEventType = sameType,
            SameSubType = sameType && string.Equals(gold.SubEventType, predicted.SubEventType, StringComparison.Ordinal),
            ExactStartDate = gold.Date.Start == predicted.Date.Start,
            DaysOutside = daysOutside,
            DistanceKm = distance,
            SameLocationName = sameName,
        };
    }

    /// <summary>True when some printed name of a predicted actor equals a gold actor1 or actor2 name after normalisation.</summary>
    public static bool HasCommonActor(GoldEvent gold, ConflictEvent predicted)
    {
        var goldNames = new[] { gold.Actor1, gold.Actor2 }.OfType<GoldActor>()
            .SelectMany(a => a.Names).Select(NameNormalizer.NormalizeActor).ToHashSet(StringComparer.Ordinal);
        return predicted.AllActors.SelectMany(a => a.AllNames).Any(n => goldNames.Contains(NameNormalizer.NormalizeActor(n)));
    }

    /// <summary>True when both names are given and equal with case, accents and punctuation ignored.</summary>
    public static bool NamesEqual(string? a, string? b)
    {
        if (a is null || b is null) return false;
        string left = NameNormalizer.Normalize(a);
        return left.Length > 0 && string.Equals(left, NameNormalizer.Normalize(b), StringComparison.Ordinal);
    }

    internal static int DaysOutside(EventDate gold, DateOnly day) =>
        day < gold.Start ? gold.Start.DayNumber - day.DayNumber
        : day > gold.End ? day.DayNumber - gold.End.DayNumber
        : 0;

    internal static string FormatInterval(EventDate date) =>
        date.Start == date.End ? date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{date.Start:yyyy-MM-dd}..{date.End:yyyy-MM-dd}";

    private static Mismatch? PlaceMismatch(GoldEvent gold, EventPlace place, double? distance, bool sameName)
    {
        if (!string.Equals(gold.Country, place.Country, StringComparison.Ordinal))
            return new(MismatchKind.DifferentCountry, $"different country: {place.Country}, gold {gold.Country}");
        if (distance <= PlaceToleranceKm || sameName) return null;
        if (gold.GeoPrecision == GeoPrecision.Country) return null;
        if (gold.GeoPrecision == GeoPrecision.Admin1 && NamesEqual(gold.Admin1, place.Admin1)) return null;
        string names = $"{place.Location ?? place.Admin1 ?? "(no name)"}, gold {gold.Location ?? gold.Admin1 ?? "(no name)"}";
        return distance is double km
            ? new(MismatchKind.PlaceTooFar, string.Create(CultureInfo.InvariantCulture, $"place {km:0} km away: {names}"))
            : new(MismatchKind.PlaceDiffers, $"place differs and cannot be measured: {names}");
    }

    private static string DescribeActors(ConflictEvent predicted)
    {
        var names = predicted.AllActors.Select(a => a.Name).ToList();
        return names.Count == 0 ? "(none)" : string.Join(" / ", names);
    }

    private static string DescribeActors(GoldEvent gold) =>
        string.Join(" / ", new[] { gold.Actor1, gold.Actor2 }.OfType<GoldActor>().Select(a => a.Canonical));
}
