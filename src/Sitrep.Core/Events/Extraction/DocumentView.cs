using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Numbers;
using Sitrep.Time;

namespace Sitrep.Events.Extraction;

/// <summary>What the extractor reads from one document: its text and the layers earlier stages produced, in text order.</summary>
internal sealed record DocumentView(
    string Text,
    DateOnly? Published,
    ImmutableArray<Span> Sentences,
    ImmutableArray<Span> Paragraphs,
    ImmutableArray<TimeMention> Times,
    ImmutableArray<QuantityMention> Quantities,
    ImmutableArray<PlaceCandidate> Places,
    ImmutableArray<ActorCandidate> Actors,
    SyntaxTree Syntax)
{
    /// <summary>
    /// The country the document's places name most (the first named among equals), or null without
    /// places. Computed once here: the place reader asks for it for every candidate of every event.
    /// </summary>
    public string? PlaceFocusCountry { get; } =
        Places.IsEmpty ? null : Places.GroupBy(p => p.Place.Country).OrderByDescending(g => g.Count()).First().Key;

    public string TextOf(Span span) => Text.Substring(span.Start, span.Length);

    public Span ParagraphOf(Span span)
    {
        foreach (Span p in Paragraphs)
        {
            if (p.Contains(span)) return p;
        }
        return new Span(0, Text.Length);
    }

    public IEnumerable<T> Within<T>(ImmutableArray<T> items, Span range) where T : ISpanned =>
        items.Where(i => range.Contains(i.Span));
}
