using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Numbers;
using Sitrep.Text;
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
            SentenceSpans.Split(document.Text),
            [.. document.Get(ParagraphSplitter.Layer).Select(p => p.Span)],
            document.Get(TemporalTagger.Layer),
            document.Get(QuantityTagger.Layer),
            [],
            []);
    }
}
