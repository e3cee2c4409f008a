namespace Sitrep.Documents;

/// <summary>A half-open character range <c>[Start, End)</c> into a document's text.</summary>
public readonly record struct Span
{
    public Span(int start, int end)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start), start, "Span start must not be negative.");
        if (end < start) throw new ArgumentOutOfRangeException(nameof(end), end, $"Span end must not precede its start {start}.");
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;
    public bool IsEmpty => End == Start;

    public bool Contains(Span other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(Span other) => other.Start < End && Start < other.End;

    public string TextOf(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
