using Sitrep.Events;

namespace Sitrep.Storage.Merging;

/// <summary>
/// Decides whether two reports describe the same incident: same event-type family, date
/// intervals that overlap (with a day's slack between day-precise dates), places no further apart
/// than both precisions allow, compatible actors and compatible tolls. Pure and symmetric, so the
/// SQLite and PostgreSQL stores merge alike; the tests run in the order of the enum's reasons.
/// </summary>
public sealed class IncidentMatcher
{
    public IncidentMatcher(IncidentMatcherOptions? options = null) => Options = options ?? IncidentMatcherOptions.Default;

    public IncidentMatcherOptions Options { get; }

    /// <summary>Compares two stored reports; reports from the same document never merge with each other.</summary>
    public IncidentMatch Compare(StoredEvent a, StoredEvent b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a.DocumentId, b.DocumentId, StringComparison.Ordinal)) return IncidentMatch.SameDocument;
        return Compare(a.Event, b.Event);
    }

    /// <summary>Compares two events as reports of the same incident, ignoring where they come from.</summary>
    public IncidentMatch Compare(ConflictEvent a, ConflictEvent b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Family(a) != Family(b)) return IncidentMatch.DifferentFamily;
        if (!string.Equals(a.Place.Country, b.Place.Country, StringComparison.OrdinalIgnoreCase)) return IncidentMatch.DifferentCountry;
        if (IsVague(a.Date) || IsVague(b.Date)) return IncidentMatch.DateTooVague;
        if (!DatesOverlap(a.Date, b.Date)) return IncidentMatch.DifferentDate;
        if (!PlacesCompatible(a.Place, b.Place)) return IncidentMatch.TooFar;
        if (!ActorMatching.Compatible(a, b)) return IncidentMatch.DifferentActors;
        if (!TollsCompatible(a.Fatalities, b.Fatalities)) return IncidentMatch.DifferentTolls;
        return IncidentMatch.Same;
    }

    /// <summary>
    /// Where a store must look for reports that may match <paramref name="e"/>: its country and a
    /// bounded range of start dates. Every report the matcher could accept lies inside it.
    /// </summary>
    public CandidateWindow WindowFor(ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        int slack = Options.DateSlackDays;
        return new CandidateWindow(
            e.Place.Country.ToUpperInvariant(),
            e.Date.Start.AddDays(-(Options.MaxIntervalDays + slack)),
            e.Date.End.AddDays(slack),
            e.Date.Start.AddDays(-slack));
    }

    /// <summary>
    /// The family an event belongs to for merging: ACLED's political violence types may be one
    /// incident told differently (a clash by one outlet, shelling by another), demonstrations
    /// likewise; strategic developments merge only with the same sub-type.
    /// </summary>
    public static string Family(ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.EventType switch
        {
            AcledTypology.Battles or AcledTypology.ExplosionsRemoteViolence or AcledTypology.ViolenceAgainstCivilians => "political violence",
            AcledTypology.Protests or AcledTypology.Riots => "demonstrations",
            _ => e.EventType + "/" + e.SubEventType,
        };
    }

    private bool IsVague(EventDate date) => date.End.DayNumber - date.Start.DayNumber + 1 > Options.MaxIntervalDays;

    private bool DatesOverlap(EventDate a, EventDate b)
    {
        int slack = a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day ? Options.DateSlackDays : 0;
        return a.Start.DayNumber <= b.End.DayNumber + slack && b.Start.DayNumber <= a.End.DayNumber + slack;
    }

    private bool PlacesCompatible(EventPlace a, EventPlace b)
    {
        if (a.Precision == GeoPrecision.Country || b.Precision == GeoPrecision.Country) return true;
        if (a.Point is GeoPoint pa && b.Point is GeoPoint pb)
            return pa.DistanceKm(pb) <= Options.RadiusKm(a.Precision) + Options.RadiusKm(b.Precision);
        // Without both coordinates, names decide: the same town, or a region that may hold the other.
        if (a.Location is not null && b.Location is not null && SameName(a.Location, b.Location)) return true;
        if (a.Admin1 is not null && b.Admin1 is not null && !SameName(a.Admin1, b.Admin1)) return false;
        bool aTown = a.Precision is GeoPrecision.Exact or GeoPrecision.Near && a.Location is not null;
        bool bTown = b.Precision is GeoPrecision.Exact or GeoPrecision.Near && b.Location is not null;
        return !(aTown && bTown);
    }

    private bool TollsCompatible(FatalityCount a, FatalityCount b)
    {
        if (!a.IsKnown || !b.IsKnown) return true;
        (long aLow, long aHigh) = Range(a);
        (long bLow, long bHigh) = Range(b);
        if (aLow <= bHigh && bLow <= aHigh) return true;
        long smaller = Math.Min(aHigh, bHigh);
        long larger = Math.Max(aLow, bLow);
        return larger <= smaller * Options.TollRatio || larger - smaller <= Options.TollSlack;
    }

    // An unknown high is open-ended: "at least 12 killed" (low 12, best 12) agrees with a later 40.
    private static (long Low, long High) Range(FatalityCount f)
    {
        long low = f.Low ?? f.Best ?? 0;
        long high = f.High ?? int.MaxValue;
        return (low, Math.Max(low, high));
    }

    private static bool SameName(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
