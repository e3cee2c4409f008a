using System.Collections.Immutable;
using Sitrep.Storage;

namespace Sitrep.Web.Analysis;

/// <summary>What events are grouped by besides their period.</summary>
public enum StatsGrouping
{
    Country,
    Admin1,
    EventType,
}

/// <summary>Events and fatalities (best estimates, unknown counted as 0) in one period for one group.</summary>
public sealed record StatsRow(string Period, string Group, int Events, int Fatalities);

/// <summary>Counts events and fatalities per period and group; each event counts in the period of its start date.</summary>
public static class EventStatistics
{
    /// <summary>The label for events without an admin1.</summary>
    public const string Unknown = "(unknown)";

    public static ImmutableArray<StatsRow> Count(IEnumerable<StoredEvent> events, Period period, StatsGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(events);
        return [.. events
            .GroupBy(e => (Period: Periods.Label(e.Event.Date.Start, period), Group: GroupOf(e, grouping)))
            .Select(g => new StatsRow(g.Key.Period, g.Key.Group, g.Count(), g.Sum(e => e.Event.Fatalities.Best ?? 0)))
            .OrderBy(r => r.Period, StringComparer.Ordinal)
            .ThenBy(r => r.Group, StringComparer.Ordinal)];
    }

    private static string GroupOf(StoredEvent e, StatsGrouping grouping) => grouping switch
    {
        StatsGrouping.Country => e.Event.Place.Country,
        StatsGrouping.Admin1 => e.Event.Place.Admin1 ?? Unknown,
        StatsGrouping.EventType => e.Event.EventType,
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
    };
}
