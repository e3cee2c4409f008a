using Sitrep.Events;

namespace Sitrep.Cli.Output;

/// <summary>A one-line human summary of an event for table output.</summary>
internal static class EventSummary
{
    public static string OneLine(ConflictEvent e)
    {
        string actors = e.Actor2 is null ? e.Actor1?.Name ?? "?" : $"{e.Actor1?.Name ?? "?"} vs {e.Actor2.Name}";
        string place = e.Place.Location is null ? e.Place.Country : $"{e.Place.Location}, {e.Place.Country}";
        string dead = e.Fatalities.Best is int best ? $", {best} killed" : "";
        string flags = (e.Background ? " [background]" : "") + (e.Aggregate ? " [aggregate]" : "");
        return $"{e.Date.Start:yyyy-MM-dd} {e.SubEventType}: {actors} @ {place}{dead}{flags}";
    }
}
