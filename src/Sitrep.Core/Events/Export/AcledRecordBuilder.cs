using System.Globalization;
using System.Text;

namespace Sitrep.Events.Export;

/// <summary>Turns a sourced event into its ACLED row, deriving the coded columns by <see cref="AcledCodes"/> (docs/EXPORTS.md).</summary>
public static class AcledRecordBuilder
{
    public static AcledRecord Build(SourcedEvent sourced, AcledExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(sourced);
        ArgumentNullException.ThrowIfNull(options);
        ConflictEvent e = sourced.Event;
        AcledCountry? country = options.Countries.Find(e.Place.Country);
        int? inter1 = e.Actor1?.Inter;
        // ACLED writes inter2 = 0 when there is no second actor.
        int? inter2 = e.Actor2 is null ? 0 : e.Actor2.Inter;
        DateTimeOffset? updated = sourced.UpdatedAt ?? options.Timestamp;
        return new AcledRecord
        {
            EventIdCnty = AcledCodes.EventIdCnty(e.Place.Country, e.Id),
            EventDate = e.Date.Start,
            TimePrecision = AcledCodes.TimePrecision(e.Date),
            DisorderType = AcledCodes.DisorderType(e.EventType, e.SubEventType),
            EventType = e.EventType,
            SubEventType = e.SubEventType,
            Actor1 = e.Actor1?.Name ?? "",
            AssocActor1 = string.Join("; ", e.AssocActor1.Select(a => a.Name)),
            Inter1 = inter1,
            Actor2 = e.Actor2?.Name ?? "",
            AssocActor2 = string.Join("; ", e.AssocActor2.Select(a => a.Name)),
            Inter2 = inter2,
            Interaction = AcledCodes.Interaction(inter1, inter2),
            CivilianTargeting = AcledCodes.CivilianTargeting(e),
            Iso = country?.IsoNumeric,
            Region = country?.Region ?? "",
            Country = country?.Name ?? e.Place.Country,
            Admin1 = e.Place.Admin1 ?? "",
            Admin2 = e.Place.Admin2 ?? "",
            Location = e.Place.Location ?? e.Place.Admin1 ?? country?.Name ?? e.Place.Country,
            Latitude = e.Place.Point is GeoPoint p ? Math.Round(p.Latitude, 4) : null,
            Longitude = e.Place.Point is GeoPoint q ? Math.Round(q.Longitude, 4) : null,
            GeoPrecision = AcledCodes.GeoPrecision(e.Place.Precision),
            Source = string.Join("; ", sourced.OutletNames),
            Notes = Notes(e),
            Fatalities = e.Fatalities.Best ?? 0,
            Timestamp = updated?.ToUnixTimeSeconds(),
        };
    }

    /// <summary>
    /// The sentence that reports the event, then in brackets what ACLED's single columns cannot
    /// hold: a date interval, a fatality range, and who claims what (responsibility, denial, the toll, the event itself).
    /// </summary>
    public static string Notes(ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Evidence? sentence = e.Evidence.FirstOrDefault(x => x.Field == "event") ?? e.Evidence.FirstOrDefault();
        var notes = new StringBuilder(Collapse(sentence?.Text ?? ""));
        if (e.Date.End != e.Date.Start)
            Append(notes, $"date: between {e.Date.Start:yyyy-MM-dd} and {e.Date.End:yyyy-MM-dd}");
        if (e.Fatalities.High is int high && high != (e.Fatalities.Best ?? 0))
            Append(notes, $"fatalities: {(e.Fatalities.Best ?? e.Fatalities.Low ?? 0).ToString(CultureInfo.InvariantCulture)} to {high.ToString(CultureInfo.InvariantCulture)} reported");
        foreach (Claim claim in e.Claims) Append(notes, ClaimNote(claim));
        return notes.ToString();
    }

    private static string ClaimNote(Claim claim)
    {
        string by = string.Join(" and ", claim.By.Distinct(StringComparer.OrdinalIgnoreCase));
        return claim.What switch
        {
            ClaimKind.Responsibility => $"{by} claimed responsibility",
            ClaimKind.Denial => $"{by} denied involvement",
            ClaimKind.Fatalities => $"fatalities according to {by}",
            _ => $"according to {by}",
        };
    }

    private static void Append(StringBuilder notes, string part)
    {
        if (notes.Length > 0) notes.Append(' ');
        notes.Append('[').Append(part).Append(']');
    }

    // Most sentences have single spaces only; they are returned as they are, without a split.
    private static string Collapse(string text)
    {
        bool clean = text.Length == 0 || (!char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]));
        for (int i = 0; clean && i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || text[i + 1] == ' ')) clean = false;
        return clean ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
