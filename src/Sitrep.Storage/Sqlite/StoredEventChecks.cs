using System.Globalization;
using Sitrep.Events;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// What the events columns' CHECK constraints refused before schema 6 moved those fields into
/// the event's body: a record the store would not have accepted then is refused now, by the writer.
/// </summary>
internal static class StoredEventChecks
{
    /// <summary>Why the event cannot be stored, or null when it can.</summary>
    public static string? Problem(ConflictEvent e)
    {
        if (string.IsNullOrEmpty(e.Id)) return "it has no id";
        if (!(e.Confidence >= 0 && e.Confidence <= 1))
            return string.Create(CultureInfo.InvariantCulture, $"its confidence {e.Confidence} is not between 0 and 1");
        if (e.Fatalities.Low < 0 || e.Fatalities.Best < 0 || e.Fatalities.High < 0) return "it has a negative fatality figure";
        if (e.Span.Start < 0) return $"its span {e.Span} starts before the text";
        if (!e.Evidence.IsDefault)
        {
            foreach (Evidence ev in e.Evidence)
            {
                if (ev.Span.Start < 0) return $"its evidence for '{ev.Field}' at {ev.Span} starts before the text";
            }
        }
        return null;
    }
}
