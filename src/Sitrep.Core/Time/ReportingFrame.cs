using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Events;
using Sitrep.Lexicons;

namespace Sitrep.Time;

/// <summary>
/// Granularity inherited from the period a report is about. In a quarterly results story "a year
/// earlier", "the year-ago period" and "the 1988 period" compare with the quarter just named, so
/// they mean that quarter a year before (1988-Q3), not a whole year. Applied after the rules, in
/// text order, because the frame is the last quarter mentioned before the expression.
/// </summary>
internal static class ReportingFrame
{
    /// <summary>How far back (in characters) a named quarter still frames a comparison.</summary>
    private const int Reach = 2000;

    // Comparisons that take the frame's granularity; "the YYYY period" is recognised by shape.
    private static readonly FrozenSet<string> Comparisons = new[]
    {
        "a year ago", "a year earlier", "year-earlier", "year-ago", "the year-earlier period", "the year-ago period",
        "year-ago period", "year-earlier period", "the comparable year-ago period", "the corresponding period last year",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static void Apply(string text, List<TimeMention> mentions)
    {
        int quarter = 0, quarterEnd = -Reach - 1;
        for (int i = 0; i < mentions.Count; i++)
        {
            TimeMention m = mentions[i];
            if (QuarterOf(m.Value) is int q && q > 0)
            {
                (quarter, quarterEnd) = (q, m.Span.End);
                continue;
            }
            if (quarter == 0 || m.Span.Start - quarterEnd > Reach || m.Type != TimexType.DATE) continue;
            int? year = YearOf(m.Value);
            if (year is not int y || !Calendar.ValidYear(y)) continue;
            bool unnamedQuarter = m.Value.Length == 7 && m.Value.EndsWith("-QX", StringComparison.Ordinal);
            if (!unnamedQuarter && !IsComparison(RegexWords.Normalise(text.AsSpan(m.Span.Start, m.Span.Length)))) continue;
            var start = new DateOnly(y, quarter * 3 - 2, 1);
            mentions[i] = m with { Value = $"{Calendar.Year(y)}-Q{quarter}", Start = start, End = Calendar.LastOfMonth(y, quarter * 3), Precision = DatePrecision.Range };
        }
    }

    private static bool IsComparison(string phrase) =>
        Comparisons.Contains(phrase)
        || phrase.Length == 15 && phrase.StartsWith("the ", StringComparison.Ordinal) && phrase.EndsWith(" period", StringComparison.Ordinal);

    /// <summary>The quarter of a value such as 1989-Q3 (0 for 1989-QX), or null when the value is no quarter.</summary>
    private static int? QuarterOf(string value) =>
        value.Length == 7 && value[4] == '-' && value[5] == 'Q' ? (value[6] is >= '1' and <= '4' ? value[6] - '0' : 0) : null;

    private static int? YearOf(string value) =>
        value.Length >= 4 && (value.Length == 4 || value[4] == '-' && value.EndsWith("-QX", StringComparison.Ordinal))
        && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y) ? y : null;
}
