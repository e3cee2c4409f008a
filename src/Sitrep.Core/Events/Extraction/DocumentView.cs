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

    /// <summary>The quotations of the text, found once: the claim reader asks for them for every unattributed sentence.</summary>
    public ImmutableArray<Span> QuoteRuns => _quoteRuns ??= Extraction.QuoteRuns.Find(Text);

    private ImmutableArray<Span>? _quoteRuns;

    /// <summary>
    /// The claim reader's memo of the sources each sentence names: scratch for this document only, which one thread
    /// reads, so it needs no lock.
    /// </summary>
    public Dictionary<Span, IReadOnlyList<ImmutableArray<string>>> SentenceSources { get; } = [];

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
