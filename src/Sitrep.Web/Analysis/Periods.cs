using System.Globalization;

namespace Sitrep.Web.Analysis;

/// <summary>The calendar buckets activity is counted in.</summary>
public enum Period
{
    /// <summary>ISO weeks, labelled by their Monday (YYYY-MM-DD).</summary>
    Week,
    /// <summary>Calendar months (YYYY-MM).</summary>
    Month,
}

public static class Periods
{
    /// <summary>The label of the bucket a day falls in; labels sort in time order.</summary>
    public static string Label(DateOnly day, Period period) => period switch
    {
        Period.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Period.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period."),
    };
}
