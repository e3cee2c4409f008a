using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Events.Export;

/// <summary>
/// ACLED's derived columns, computed from a coded event as ACLED's codebook defines them
/// (docs/EXPORTS.md lists each rule and where Sitrep departs from ACLED).
/// </summary>
public static class AcledCodes
{
    public const string PoliticalViolence = "Political violence";
    public const string Demonstrations = "Demonstrations";
    public const string PoliticalViolenceDemonstrations = "Political violence; Demonstrations";
    public const string StrategicDevelopments = "Strategic developments";
    public const string CiviliansTargeted = "Civilians targeted";

    /// <summary>ACLED's inter code for civilians.</summary>
    public const int CivilianInter = 7;

    /// <summary>1 = the day is known; 2 = within a week (a few days); 3 = only the month or a longer period.</summary>
    public static int TimePrecision(EventDate date) => date.Precision switch
    {
        DatePrecision.Day => 1,
        DatePrecision.Week => 2,
        DatePrecision.Range when date.End.DayNumber - date.Start.DayNumber <= 6 => 2,
        _ => 3,
    };

    /// <summary>1 = the named town itself; 2 = near it, a part of it or its district; 3 = a larger region or the country.</summary>
    public static int GeoPrecision(Events.GeoPrecision precision) => precision switch
    {
        Events.GeoPrecision.Exact => 1,
        Events.GeoPrecision.Near or Events.GeoPrecision.Admin2 => 2,
        _ => 3,
    };

    /// <summary>
    /// The two actor types as one number, lower digit first (17 for state forces against civilians);
    /// an event with one actor type gives that type times ten (60 for protesters alone); null without types.
    /// </summary>
    public static int? Interaction(int? inter1, int? inter2)
    {
        int a = inter1 ?? 0, b = inter2 ?? 0;
        if (a == 0 && b == 0) return null;
        int low = Math.Min(a, b), high = Math.Max(a, b);
        return low == 0 ? high * 10 : low * 10 + high;
    }

    /// <summary>ACLED's disorder type: protests are demonstrations, force against them is both, mob violence and armed events are political violence.</summary>
    public static string DisorderType(string eventType, string subEventType) => eventType switch
    {
        AcledTypology.Protests when subEventType == "Excessive force against protesters" => PoliticalViolenceDemonstrations,
        AcledTypology.Protests => Demonstrations,
        AcledTypology.Riots when subEventType == "Mob violence" => PoliticalViolence,
        AcledTypology.Riots => Demonstrations,
        AcledTypology.StrategicDevelopments => StrategicDevelopments,
        _ => PoliticalViolence,
    };

    /// <summary>"Civilians targeted" for political violence whose target (actor 2) is civilians, else empty.</summary>
    public static string CivilianTargeting(ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!DisorderType(e.EventType, e.SubEventType).StartsWith(PoliticalViolence, StringComparison.Ordinal)) return "";
        bool civilianTarget = e.Actor2?.Inter == CivilianInter || (e.Actor2 is null && e.EventType == AcledTypology.ViolenceAgainstCivilians);
        return civilianTarget ? CiviliansTargeted : "";
    }

    /// <summary>
    /// ACLED-style id: the country code and a number. The number is the first 48 bits of the
    /// SHA-256 of the event id, so the same event gets the same id in every export (ACLED's are
    /// sequential; a sequence would change with the filters).
    /// </summary>
    public static string EventIdCnty(string countryIso3, string eventId)
    {
        ArgumentNullException.ThrowIfNull(countryIso3);
        ArgumentNullException.ThrowIfNull(eventId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(eventId), hash);
        ulong number = 0;
        for (int i = 0; i < 6; i++) number = (number << 8) | hash[i];
        return countryIso3.ToUpperInvariant() + number.ToString(CultureInfo.InvariantCulture);
    }
}
