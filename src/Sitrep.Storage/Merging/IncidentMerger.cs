using System.Collections.Immutable;
using Sitrep.Events;

namespace Sitrep.Storage.Merging;

/// <summary>
/// Reconciles the reports of one incident into the event a store keeps. The result is a function
/// of the set of reports (they are put in <see cref="ReportOrder"/> first), so merging is
/// order-independent, and merging a single report returns it unchanged.
/// </summary>
/// <remarks>
/// Rules: the earliest report founds the incident (id, span, evidence, document). Type and
/// sub-type are the ones most reports give (ties to the earlier report). Actors are aligned to the
/// founder's sides; each side takes the first identified actor and the aliases every report gave
/// it; associates are united. The date is the narrowest interval, the place the most precise one.
/// Fatalities: low is the smallest figure, best the most conservative (smallest) best figure any
/// source states, high the largest claim. Claims are united, each kept with its document; every
/// document is a source; confidence is the highest; the incident is background only when every
/// report says so.
/// </remarks>
public static class IncidentMerger
{
    /// <summary>
    /// <see cref="Merge"/> of one report, without sorting or de-duplicating a list of one: an
    /// import makes an incident of every event it writes.
    /// </summary>
    public static MergedIncident Alone(StoredEvent report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ImmutableArray<StoredEvent> one = [report];
        // Most reports make no claim or one; those need no de-duplication (a bulk import calls this per event).
        ImmutableArray<Claim> claims = report.Event.Claims;
        if (claims.IsDefaultOrEmpty) return new MergedIncident(report, [], one);
        if (claims.Length == 1) return new MergedIncident(report, [new AttributedClaim(claims[0], report.DocumentId)], one);
        return new MergedIncident(report, Claims(one), one);
    }

    public static MergedIncident Merge(IEnumerable<StoredEvent> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ImmutableArray<StoredEvent> ordered = [.. reports.DistinctBy(r => r.Event.Id).Order(ReportOrder.Instance)];
        if (ordered.Length == 0) throw new ArgumentException("An incident needs at least one report.", nameof(reports));
        StoredEvent founder = ordered[0];
        ImmutableArray<AttributedClaim> claims = Claims(ordered);
        if (ordered.Length == 1) return new MergedIncident(founder, claims, ordered);

        ImmutableArray<ConflictEvent> aligned = [.. ordered.Select(r => Align(founder.Event, r.Event))];
        string type = MostCommon(aligned.Select(e => e.EventType));
        string subType = MostCommon(aligned.Where(e => e.EventType == type).Select(e => e.SubEventType));
        ConflictEvent typed = aligned.First(e => e.EventType == type && e.SubEventType == subType);
        ConflictEvent merged = founder.Event with
        {
            EventType = type,
            SubEventType = subType,
            PloverType = typed.PloverType,
            PloverMode = typed.PloverMode,
            Actor1 = Side(aligned.Select(e => e.Actor1)),
            Actor2 = Side(aligned.Select(e => e.Actor2)),
            AssocActor1 = Associates(aligned.SelectMany(e => e.AssocActor1)),
            AssocActor2 = Associates(aligned.SelectMany(e => e.AssocActor2)),
            Date = aligned.Select(e => e.Date).MinBy(d => d.End.DayNumber - d.Start.DayNumber),
            Place = aligned.Select(e => e.Place).MinBy(p => ((int)p.Precision * 2) + (p.Point is null ? 1 : 0))!,
            Fatalities = Fatalities(aligned.Select(e => e.Fatalities)),
            Claims = [.. claims.Select(c => c.Claim)],
            Background = aligned.All(e => e.Background),
            Confidence = aligned.Max(e => e.Confidence),
        };
        ImmutableArray<EventSource> sources = [.. ordered.SelectMany(r => r.Sources.IsDefault ? [] : r.Sources).DistinctBy(s => s.DocumentId)];
        return new MergedIncident(new StoredEvent(merged, founder.DocumentId, sources), claims, ordered);
    }

    /// <summary>Reconciles figures: the smallest low, the smallest stated best, the largest claim as high.</summary>
    public static FatalityCount Fatalities(IEnumerable<FatalityCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        FatalityCount[] known = [.. counts.Where(c => c.IsKnown)];
        if (known.Length == 0) return FatalityCount.Unknown;
        int? best = known.Min(c => c.Best);
        int? low = known.Min(c => c.Low ?? c.Best);
        int? high = known.Select(c => c.High ?? c.Best).Max();
        if (best is int b && high is int h && h < b) high = b;
        return new FatalityCount(low, best, high);
    }

    // Turn a report whose sides are crossed relative to the founder so actor1 means the same side in all.
    private static ConflictEvent Align(ConflictEvent founder, ConflictEvent e) =>
        ActorMatching.Crossed(founder, e)
            ? e with { Actor1 = e.Actor2, Actor2 = e.Actor1, AssocActor1 = e.AssocActor2, AssocActor2 = e.AssocActor1 }
            : e;

    private static ActorRef? Side(IEnumerable<ActorRef?> actors)
    {
        ActorRef[] present = [.. actors.OfType<ActorRef>()];
        if (present.Length == 0) return null;
        ActorRef chosen = present.FirstOrDefault(a => !ActorMatching.IsWildcard(a)) ?? present[0];
        ImmutableArray<string> aliases = [.. present
            .Where(a => a.Name == chosen.Name)
            .SelectMany(a => a.Aliases.IsDefault ? [] : a.Aliases)
            .Where(alias => alias != chosen.Name)
            .Distinct(StringComparer.Ordinal)];
        return chosen with { Aliases = aliases };
    }

    private static ImmutableArray<ActorRef> Associates(IEnumerable<ActorRef> actors) =>
        [.. actors.DistinctBy(a => a.Name, StringComparer.Ordinal)];

    private static ImmutableArray<AttributedClaim> Claims(ImmutableArray<StoredEvent> ordered) =>
        [.. ordered
            .SelectMany(r => (r.Event.Claims.IsDefault ? [] : r.Event.Claims).Select(c => new AttributedClaim(c, r.DocumentId)))
            .DistinctBy(c => ClaimKey(c.Claim))];

    private static string ClaimKey(Claim claim) =>
        claim.What + "\u0001" + string.Join("\u0001", claim.By.IsDefault ? [] : claim.By);

    // The value most reports give; ties go to the value that appears first (the earlier report).
    private static string MostCommon(IEnumerable<string> values)
    {
        string[] all = [.. values];
        return all.GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => (Value: g.Key, Count: g.Count(), First: Array.IndexOf(all, g.Key)))
            .OrderByDescending(x => x.Count).ThenBy(x => x.First)
            .First().Value;
    }
}
