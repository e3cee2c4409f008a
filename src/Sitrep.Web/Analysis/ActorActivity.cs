using System.Collections.Immutable;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Web.Analysis;

/// <summary>One actor across the events it appears on.</summary>
public sealed record ActorSummary
{
    public required string Name { get; init; }
    public string? Type { get; init; }
    public int? Inter { get; init; }
    public string? Country { get; init; }
    public int Events { get; init; }
    public int Fatalities { get; init; }
    public DateOnly FirstSeen { get; init; }
    public DateOnly LastSeen { get; init; }
    public ImmutableArray<string> Aliases { get; init; } = [];
}

/// <summary>An actor's events and fatalities in one period.</summary>
public sealed record ActivityRow(string Period, int Events, int Fatalities);

/// <summary>Actors as the events code them, counted by canonical name.</summary>
public static class ActorActivity
{
    /// <summary>Every actor on the events, most active first.</summary>
    public static ImmutableArray<ActorSummary> Summarise(IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return [.. events
            .SelectMany(e => e.Event.AllActors.DistinctBy(a => a.Name).Select(a => new ActorOnEvent(a, e.Event)))
            .GroupBy(x => x.Actor.Name, StringComparer.Ordinal)
            .Select(Summary)
            .OrderByDescending(s => s.Events)
            .ThenBy(s => s.Name, StringComparer.Ordinal)];
    }

    /// <summary>True when the actor's canonical name or one of its aliases is <paramref name="name"/>, ignoring case.</summary>
    public static bool Names(ActorRef actor, string name) =>
        actor.AllNames.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The actor's events per period, oldest first.</summary>
    public static ImmutableArray<ActivityRow> OverTime(IEnumerable<StoredEvent> events, Period period) =>
        [.. events
            .GroupBy(e => Periods.Label(e.Event.Date.Start, period), StringComparer.Ordinal)
            .Select(g => new ActivityRow(g.Key, g.Count(), g.Sum(e => e.Event.Fatalities.Best ?? 0)))
            .OrderBy(r => r.Period, StringComparer.Ordinal)];

    private static ActorSummary Summary(IGrouping<string, ActorOnEvent> group)
    {
        ActorRef first = group.First().Actor;
        return new ActorSummary
        {
            Name = group.Key,
            Type = group.Select(x => x.Actor.Type).FirstOrDefault(t => t is not null),
            Inter = group.Select(x => x.Actor.Inter).FirstOrDefault(i => i is not null),
            Country = group.Select(x => x.Actor.Country).FirstOrDefault(c => c is not null) ?? first.Country,
            Events = group.Count(),
            Fatalities = group.Sum(x => x.Event.Fatalities.Best ?? 0),
            FirstSeen = group.Min(x => x.Event.Date.Start),
            LastSeen = group.Max(x => x.Event.Date.Start),
            Aliases = [.. group.SelectMany(x => x.Actor.Aliases.IsDefault ? [] : x.Actor.Aliases).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    private sealed record ActorOnEvent(ActorRef Actor, ConflictEvent Event);
}
