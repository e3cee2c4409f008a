using System.Collections.Immutable;

namespace Sitrep.Documents;

/// <summary>
/// An article as the pipeline sees it: the text exactly as the reader produced it, what the
/// reader knew about it, and annotation layers added by stages. Immutable: a stage returns a new
/// document with its layer added and leaves every earlier layer as it was.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<string, AnnotationLayer> _layers;

    public Document(string text, DocumentMetadata metadata, OffsetMap? sourceMap = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        if (sourceMap is not null && sourceMap.TextLength != text.Length)
            throw new ArgumentException($"The offset map covers {sourceMap.TextLength} characters but the text has {text.Length}.", nameof(sourceMap));
        Text = text;
        Metadata = metadata;
        SourceMap = sourceMap;
        Id = DocumentId.Compute(metadata.Source, text);
        _layers = ImmutableDictionary<string, AnnotationLayer>.Empty;
    }

    // A stage's output keeps its input's text and source, hence its id: hashing the text again for
    // every added layer cost more than some stages.
    private Document(Document earlier, ImmutableDictionary<string, AnnotationLayer> layers)
    {
        Text = earlier.Text;
        Metadata = earlier.Metadata;
        SourceMap = earlier.SourceMap;
        Id = earlier.Id;
        _layers = layers;
    }

    public DocumentId Id { get; }
    public string Text { get; }
    public DocumentMetadata Metadata { get; }

    /// <summary>Maps offsets in <see cref="Text"/> back to the raw input when the reader cleaned it; null when the text is the input.</summary>
    public OffsetMap? SourceMap { get; }

    public IEnumerable<AnnotationLayer> Layers => _layers.Values.OrderBy(l => l.Name, StringComparer.Ordinal);

    public bool Has(string layerName) => _layers.ContainsKey(layerName);

    public bool Has<T>(LayerKey<T> key) where T : ISpanned => _layers.ContainsKey(key.Name);

    public AnnotationLayer? this[string layerName] => _layers.GetValueOrDefault(layerName);

    /// <summary>The items of a layer, or an empty list when no stage produced it.</summary>
    public ImmutableArray<T> Get<T>(LayerKey<T> key) where T : ISpanned =>
        _layers.TryGetValue(key.Name, out var layer) ? ((AnnotationLayer<T>)layer).Values : [];

    public AnnotationLayer<T>? Layer<T>(LayerKey<T> key) where T : ISpanned =>
        _layers.TryGetValue(key.Name, out var layer) ? (AnnotationLayer<T>)layer : null;

    /// <summary>Returns a new document with the layer added; a layer of that name may be added only once.</summary>
    public Document With<T>(LayerKey<T> key, IEnumerable<T> items) where T : ISpanned
    {
        if (_layers.ContainsKey(key.Name))
            throw new InvalidOperationException($"Document {Id} already has a '{key.Name}' layer; stages never replace earlier layers.");
        var layer = new AnnotationLayer<T>(key, items);
        return new Document(this, _layers.Add(key.Name, layer));
    }

    /// <summary>The text of a span of this document.</summary>
    public string TextOf(Span span) => span.TextOf(Text);

    /// <summary>The number of whitespace-separated words, used for throughput figures.</summary>
    public int WordCount()
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in Text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
