using System.Collections.Immutable;

namespace Sitrep.Documents;

/// <summary>An immutable, start-ordered list of annotations of one kind over a document's text.</summary>
public abstract class AnnotationLayer
{
    private protected AnnotationLayer(ILayerKey key) => Key = key;

    public ILayerKey Key { get; }
    public string Name => Key.Name;
    public abstract int Count { get; }
    public abstract IEnumerable<ISpanned> Items { get; }
}

public sealed class AnnotationLayer<T> : AnnotationLayer where T : ISpanned
{
    public AnnotationLayer(LayerKey<T> key, IEnumerable<T> items)
        : base(key)
    {
        ArgumentNullException.ThrowIfNull(items);
        ImmutableArray<T> values = items.ToImmutableArray();
        // Stages mostly produce items in order already; then the stable sort below would return
        // them unchanged, so it is skipped (it ran for every layer of every document).
        // A stable sort keeps the producer's order among items that start together.
        Values = IsOrdered(values) ? values : [.. values.OrderBy(i => i.Span.Start).ThenBy(i => i.Span.End)];
        TypedKey = key;
    }

    private static bool IsOrdered(ImmutableArray<T> values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            Span previous = values[i - 1].Span, current = values[i].Span;
            if (current.Start < previous.Start || current.Start == previous.Start && current.End < previous.End) return false;
        }
        return true;
    }

    public LayerKey<T> TypedKey { get; }
    public ImmutableArray<T> Values { get; }
    public override int Count => Values.Length;
    public override IEnumerable<ISpanned> Items => Values.Cast<ISpanned>();

    /// <summary>Items whose span lies entirely within <paramref name="range"/>.</summary>
    public IEnumerable<T> Within(Span range)
    {
        int first = FirstStartingAtOrAfter(range.Start);
        for (int i = first; i < Values.Length && Values[i].Span.Start < range.End; i++)
        {
            if (Values[i].Span.End <= range.End) yield return Values[i];
        }
    }

    private int FirstStartingAtOrAfter(int offset)
    {
        int lo = 0, hi = Values.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Values[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
