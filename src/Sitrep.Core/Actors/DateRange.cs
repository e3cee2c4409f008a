using System.Globalization;

namespace Sitrep.Actors;

/// <summary>
/// A half-open interval of days [Start, End); a null end is open (still true today), a null start
/// means "since before we know". Written in data files as "2017-03..", "..2017-06" or "2014..2025-06-06",
/// where a year or month stands for its first day.
/// </summary>
public readonly record struct DateRange(DateOnly? Start, DateOnly? End)
{
    public static DateRange Always { get; } = new(null, null);

    /// <summary>True when the date lies in the range; an unknown date counts as inside (we assume "now").</summary>
    public bool Contains(DateOnly? date) =>
        date is not DateOnly d || (Start is null || d >= Start) && (End is null || d < End);

    public static bool TryParse(string text, out DateRange range, out string error)
    {
        range = Always;
        error = "";
        text = text.Trim();
        if (text.Length == 0) return true;
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            error = $"'{text}' is not a date range (write START..END, either end may be empty)";
            return false;
        }
        string startText = text[..dots].Trim(), endText = text[(dots + 2)..].Trim();
        DateOnly? start = null, end = null;
        if (startText.Length > 0)
        {
            if (!TryParseDay(startText, out DateOnly s)) { error = $"'{startText}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"; return false; }
            start = s;
        }
        if (endText.Length > 0)
        {
            if (!TryParseDay(endText, out DateOnly e)) { error = $"'{endText}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"; return false; }
            end = e;
        }
        if (start is DateOnly a && end is DateOnly b && b <= a)
        {
            error = $"the range ends ({endText}) before it starts ({startText})";
            return false;
        }
        range = new DateRange(start, end);
        return true;
    }

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD to the first day it names.</summary>
    public static bool TryParseDay(string text, out DateOnly day)
    {
        day = default;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        foreach (string format in formats)
        {
            if (text.Length == format.Length && DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
                return true;
        }
        return false;
    }

    public override string ToString() => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}
