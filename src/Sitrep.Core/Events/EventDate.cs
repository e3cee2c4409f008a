namespace Sitrep.Events;

/// <summary>The interval an event certainly lies in, and how precisely the text dates it.</summary>
public readonly record struct EventDate
{
    public EventDate(DateOnly start, DateOnly end, DatePrecision precision)
    {
        if (end < start) throw new ArgumentOutOfRangeException(nameof(end), end, $"An event date cannot end ({end:O}) before it starts ({start:O}).");
        Start = start;
        End = end;
        Precision = precision;
    }

    public DateOnly Start { get; }
    public DateOnly End { get; }
    public DatePrecision Precision { get; }

    public static EventDate OnDay(DateOnly day) => new(day, day, DatePrecision.Day);

    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
