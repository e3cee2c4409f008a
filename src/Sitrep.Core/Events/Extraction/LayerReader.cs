using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Numbers;
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
            []);
    }

    // The trained splitter when the language stages ran; a plain punctuation splitter otherwise.
    private static ImmutableArray<Span> Sentences(Document document) =>
        document.Has(SentenceSplitter.Layer)
            ? [.. document.Get(SentenceSplitter.Layer).Select(s => s.Span)]
            : SentenceSpans.Split(document.Text);

    private static ImmutableArray<PlaceCandidate> Places(Document document) =>
        [.. document.Get(ToponymRecognizer.Layer)
            .Where(m => m.Place is not null)
            .Select(m => new PlaceCandidate(m.Span, ToEventPlace(m.Place!, m.Precision)))];

    private static EventPlace ToEventPlace(GazetteerEntry place, GeoPrecision precision) => new()
    {
        Country = place.CountryIso3,
        Admin1 = place.Kind == PlaceKind.Country ? null : place.Admin1,
        Location = place.Kind == PlaceKind.Country ? null : place.Name,
        Point = place.Point,
        Precision = precision,
    };
}
