using System.Collections.Immutable;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Numbers;
using Sitrep.Syntax.Parsing;
using Sitrep.Text;
using Sitrep.Text.Sentences;
using Sitrep.Time;

namespace Sitrep.Events.Extraction;

/// <summary>Gathers what the extractor needs from a document's layers, falling back where an optional layer is absent.</summary>
internal static class LayerReader
{
    public static DocumentView Read(Document document)
    {
        DateOnly? published = document.Metadata.Published ?? (document.Metadata.PublishedAt is DateTimeOffset at ? DateOnly.FromDateTime(at.Date) : null);
        return new DocumentView(
            document.Text,
            published,
            Sentences(document),
            [.. document.Get(ParagraphSplitter.Layer).Select(p => p.Span)],
            document.Get(TemporalTagger.Layer),
            document.Get(QuantityTagger.Layer),
            Places(document),
            Actors(document),
            document.Has(DependencyParser.Layer) ? new SyntaxTree(document.Text, document.Get(DependencyParser.Layer)) : SyntaxTree.Empty);
    }

    // The trained splitter when the language stages ran; a plain punctuation splitter otherwise.
    private static ImmutableArray<Span> Sentences(Document document) =>
        document.Has(SentenceSplitter.Layer)
            ? [.. document.Get(SentenceSplitter.Layer).Select(s => s.Span)]
            : SentenceSpans.Split(document.Text);

    // Overlapping mentions ("Malian soldiers" inside "Malian and Russian soldiers") keep the longest.
    private static ImmutableArray<ActorCandidate> Actors(Document document)
    {
        var kept = new List<ActorMention>();
        foreach (ActorMention m in LongestFirst(document.Get(ActorMatcher.Layer)))
        {
            if (kept.Count > 0 && kept[^1].Span.Contains(m.Span)) continue;
            kept.Add(m);
        }
        return [.. kept.Select(m => new ActorCandidate(m.Span, new ActorRef
        {
            Name = m.Name,
            Aliases = [.. new[] { m.Text, m.Alias }.Where(a => !string.Equals(a, m.Name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)],
            Type = m.Type,
            Inter = m.Inter,
            Country = m.Country,
        }) { Named = m.Kind is ActorMatchKind.Alias or ActorMatchKind.NewName })];
    }

    // The mentions by start, the longest first among those starting together, and in layer order
    // among equal spans: a stable sort by (start, longest), read off the layer's (start, end) order
    // without sorting, since every document's actors pass through here.
    internal static IEnumerable<ActorMention> LongestFirst(ImmutableArray<ActorMention> layer)
    {
        for (int group = 0; group < layer.Length;)
        {
            int groupEnd = group;
            while (groupEnd < layer.Length && layer[groupEnd].Span.Start == layer[group].Span.Start) groupEnd++;
            for (int same = groupEnd; same > group;)
            {
                int first = same - 1;
                while (first > group && layer[first - 1].Span.End == layer[same - 1].Span.End) first--;
                for (int i = first; i < same; i++) yield return layer[i];
                same = first;
            }
            group = groupEnd;
        }
    }

    private static ImmutableArray<PlaceCandidate> Places(Document document) =>
        [.. document.Get(ToponymRecognizer.Layer)
            .Where(m => m.Place is not null)
            .Select(m => new PlaceCandidate(m.Span, ToEventPlace(m.Place!, m.Precision)))];

    private static EventPlace ToEventPlace(GazetteerEntry place, GeoPrecision precision) => new()
    {
        Country = place.CountryIso3,
        Admin1 = place.Kind == PlaceKind.Country ? null : place.Admin1,
        Admin2 = place.Kind switch
        {
            PlaceKind.Country or PlaceKind.Admin1 => null,
            PlaceKind.Admin2 => place.Admin2 ?? place.Name,
            _ => place.Admin2,
        },
        Location = place.Kind == PlaceKind.Country ? null : place.Name,
        Point = place.Point,
        Precision = precision,
    };
}
