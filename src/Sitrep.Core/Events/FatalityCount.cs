namespace Sitrep.Events;

/// <summary>
/// People killed in one event as low/best/high, following ACLED's conservative reading:
/// "more than 100" is low 100, best 100, high unknown. Null means the text gives no figure.
/// </summary>
public readonly record struct FatalityCount
{
    public FatalityCount(int? low, int? best, int? high)
    {
        if (low < 0 || best < 0 || high < 0) throw new ArgumentOutOfRangeException(nameof(best), "Fatality counts cannot be negative.");
        if (low is int l && best is int b && l > b) throw new ArgumentOutOfRangeException(nameof(low), low, $"Low ({l}) exceeds best ({b}).");
        if (best is int b2 && high is int h && b2 > h) throw new ArgumentOutOfRangeException(nameof(high), high, $"High ({h}) is below best ({b2}).");
        Low = low;
        Best = best;
        High = high;
    }

    public static FatalityCount Unknown => default;

    public int? Low { get; }
    public int? Best { get; }
    public int? High { get; }

    public bool IsKnown => Best is not null || Low is not null || High is not null;
}
