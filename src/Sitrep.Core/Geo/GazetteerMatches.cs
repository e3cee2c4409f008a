using System.Collections;

namespace Sitrep.Geo;

/// <summary>The entries sharing one normalised name: a read-only window on the gazetteer's index.</summary>
public readonly struct GazetteerMatches : IReadOnlyList<GazetteerEntry>
{
    private readonly GazetteerEntry[]? _entries;
    private readonly int _start;

    internal GazetteerMatches(GazetteerEntry[] entries, int start, int count)
    {
        _entries = entries;
        _start = start;
        Count = count;
    }

    public int Count { get; }
    public bool IsEmpty => Count == 0;

    public GazetteerEntry this[int index] =>
        (uint)index < (uint)Count ? _entries![_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public ReadOnlySpan<GazetteerEntry> AsSpan() => _entries is null ? [] : _entries.AsSpan(_start, Count);

    public IEnumerator<GazetteerEntry> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return _entries![_start + i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
