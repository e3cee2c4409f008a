using System.Collections.Immutable;

namespace Sitrep.Documents;

/// <summary>
/// Maps character offsets in a reader's cleaned text back to offsets in the raw input it was
/// cleaned from (HTML markup, entities, collapsed whitespace), so evidence can always point at
/// what the reader saw. Built from anchors: runs of text copied verbatim map linearly, and text
/// the reader synthesised (a decoded entity, a newline for a block element) maps to the start of
/// the source construct that produced it.
/// </summary>
public sealed class OffsetMap
{
    private readonly ImmutableArray<Anchor> _anchors;

    private OffsetMap(ImmutableArray<Anchor> anchors, int textLength, int sourceLength)
    {
        _anchors = anchors;
        TextLength = textLength;
        SourceLength = sourceLength;
    }

    public int TextLength { get; }
    public int SourceLength { get; }

    /// <summary>The identity map for text that was not cleaned.</summary>
    public static OffsetMap Identity(int length) =>
        new([new Anchor(0, 0, length, true)], length, length);

    /// <summary>The source offset of the character at (or the boundary before) <paramref name="textOffset"/>.</summary>
    public int ToSource(int textOffset)
    {
        if (textOffset < 0 || textOffset > TextLength)
            throw new ArgumentOutOfRangeException(nameof(textOffset), textOffset, $"Offset must lie in [0, {TextLength}].");
        if (textOffset == TextLength) return SourceLength;
        int lo = 0, hi = _anchors.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (_anchors[mid].TextStart <= textOffset) lo = mid; else hi = mid - 1;
        }
        Anchor a = _anchors[lo];
        int delta = textOffset - a.TextStart;
        // Anchors tile the text, so delta always falls inside this anchor.
        return a.Verbatim ? a.SourceStart + delta : a.SourceStart;
    }

    /// <summary>Maps a span of the text to the span of the source it came from.</summary>
    public Span ToSource(Span span)
    {
        int start = ToSource(span.Start);
        int end = span.IsEmpty ? start : SourceEndOf(span.End - 1);
        return new Span(start, Math.Max(start, end));
    }

    private int SourceEndOf(int lastTextOffset)
    {
        int lo = 0, hi = _anchors.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (_anchors[mid].TextStart <= lastTextOffset) lo = mid; else hi = mid - 1;
        }
        Anchor a = _anchors[lo];
        return a.Verbatim ? a.SourceStart + (lastTextOffset - a.TextStart) + 1 : a.SourceStart + a.SourceLength;
    }

    /// <summary>Accumulates anchors while a reader writes cleaned text.</summary>
    public sealed class Builder
    {
        private readonly ImmutableArray<Anchor>.Builder _anchors = ImmutableArray.CreateBuilder<Anchor>();
        private int _textLength;

        /// <summary>Records that <paramref name="length"/> characters were copied from <paramref name="sourceStart"/>.</summary>
        public void Verbatim(int sourceStart, int length)
        {
            if (length <= 0) return;
            if (_anchors.Count > 0)
            {
                Anchor last = _anchors[^1];
                if (last.Verbatim && last.TextStart + last.Length == _textLength && last.SourceStart + last.Length == sourceStart)
                {
                    _anchors[^1] = last with { Length = last.Length + length, SourceLength = last.SourceLength + length };
                    _textLength += length;
                    return;
                }
            }
            _anchors.Add(new Anchor(_textLength, sourceStart, length, true) { SourceLength = length });
            _textLength += length;
        }

        /// <summary>Records <paramref name="length"/> characters synthesised from the source range starting at <paramref name="sourceStart"/>.</summary>
        public void Replaced(int sourceStart, int sourceLength, int length)
        {
            if (length <= 0) return;
            _anchors.Add(new Anchor(_textLength, sourceStart, length, false) { SourceLength = sourceLength });
            _textLength += length;
        }

        public int TextLength => _textLength;

        public OffsetMap Build(int sourceLength)
        {
            if (_anchors.Count == 0) return new OffsetMap([new Anchor(0, 0, 0, false)], 0, sourceLength);
            return new OffsetMap(_anchors.ToImmutable(), _textLength, sourceLength);
        }
    }

    private readonly record struct Anchor(int TextStart, int SourceStart, int Length, bool Verbatim)
    {
        public int SourceLength { get; init; }
    }
}
