using System.Globalization;
using Sitrep.Events;

namespace Sitrep.Time;

/// <summary>Calendar arithmetic and TIMEX3 value formatting, as pure functions.</summary>
internal static class Calendar
{
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Month(int year, int month) => $"{Year(year)}-{month:00}";
    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static TimeMention OnDay(Documents.Span span, DateOnly d) => new(span, TimexType.DATE, Day(d), d, d, DatePrecision.Day);

    public static TimeMention InMonth(Documents.Span span, int year, int month) =>
        new(span, TimexType.DATE, Month(year, month), new DateOnly(year, month, 1), LastOfMonth(year, month), DatePrecision.Month);

    public static TimeMention InYear(Documents.Span span, int year) =>
        new(span, TimexType.DATE, Year(year), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    public static TimeMention InWeek(Documents.Span span, DateOnly any)
    {
        DateOnly monday = any.AddDays(-(IsoDay(any) - 1));
        int week = ISOWeek.GetWeekOfYear(any.ToDateTime(TimeOnly.MinValue));
        int year = ISOWeek.GetYear(any.ToDateTime(TimeOnly.MinValue));
        return new(span, TimexType.DATE, $"{Year(year)}-W{week:00}", monday, monday.AddDays(6), DatePrecision.Week);
    }

    public static DateOnly LastOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    public static bool ValidYear(int year) => year is >= 1 and <= 9998;

    public static DateOnly? TryDate(int year, int month, int day) =>
        ValidYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>The weekday nearest the anchor in the direction the tense points; strictly before/after unless <paramref name="mayBeAnchor"/>.</summary>
    public static DateOnly Weekday(DateOnly anchor, int isoDay, Tense tense, bool mayBeAnchor)
    {
        int delta = isoDay - IsoDay(anchor);
        if (tense == Tense.Future)
        {
            int ahead = (delta + 7) % 7;
            return anchor.AddDays(ahead == 0 && !mayBeAnchor ? 7 : ahead);
        }
        int back = (7 - delta) % 7;
        return anchor.AddDays(-(back == 0 && !mayBeAnchor ? 7 : back));
    }

    /// <summary>
    /// The year for a month (and day) given without one. Within six weeks of the anchor the nearest
    /// year wins whatever the tense ("Jan. 14" in a 6 January report is that January, even after a
    /// past-tense verb); beyond that past tense picks the last one on or before the anchor, future
    /// the first on or after, and unknown tense the nearest.
    /// </summary>
    public static int YearFor(DateOnly anchor, int month, int day, Tense tense)
    {
        int best = anchor.Year, bestDistance = int.MaxValue;
        int? past = null, future = null;
        for (int y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            if (!ValidYear(y)) continue;
            var d = new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
            int distance = Math.Abs(d.DayNumber - anchor.DayNumber);
            if (distance < bestDistance) (best, bestDistance) = (y, distance);
            if (d <= anchor) past = y;
            if (d >= anchor && future is null) future = y;
        }
        if (bestDistance <= 45) return best;
        return tense switch
        {
            Tense.Past => past ?? best,
            Tense.Future => future ?? best,
            _ => best,
        };
    }

    /// <summary>A TIMEX3 duration value: P3Y, PT24H, P3Y6M (for "three and a half years").</summary>
    public static string Duration(decimal amount, string unit)
    {
        // Decades are spelt in years, as TimeBank does ("two decades" is P20Y).
        if (unit == "DE") (amount, unit) = (amount * 10, "Y");
        bool time = unit is "H" or "MIN" or "S";
        string code = unit == "MIN" ? "M" : unit;
        long whole = (long)Math.Floor(amount);
        decimal fraction = amount - whole;
        string prefix = time ? "PT" : "P";
        if (fraction == 0) return $"{prefix}{whole.ToString(CultureInfo.InvariantCulture)}{code}";
        // Halves are spelt in the next smaller unit, as TimeML does (P3Y6M, not P3.5Y).
        (long sub, string subCode, bool subTime) = unit switch
        {
            "Y" => ((long)(fraction * 12), "M", false),
            "M" => ((long)(fraction * 30), "D", false),
            "W" => ((long)(fraction * 7), "D", false),
            "D" => ((long)(fraction * 24), "H", true),
            "H" => ((long)(fraction * 60), "M", true),
            "MIN" => ((long)(fraction * 60), "S", true),
            "DE" => ((long)(fraction * 10), "Y", false),
            _ => (0L, code, time),
        };
        string head = whole > 0 ? $"{whole.ToString(CultureInfo.InvariantCulture)}{code}" : "";
        if (sub == 0) return $"{prefix}{amount.ToString(CultureInfo.InvariantCulture)}{code}";
        return subTime && !time ? $"P{head}T{sub}{subCode}" : $"{prefix}{head}{sub}{subCode}";
    }

    public static DateOnly Add(DateOnly d, int amount, string unit) => unit switch
    {
        "Y" => d.AddYears(amount),
        "M" => d.AddMonths(amount),
        "W" => d.AddDays(7 * amount),
        "DE" => d.AddYears(10 * amount),
        _ => d.AddDays(amount),
    };
}
