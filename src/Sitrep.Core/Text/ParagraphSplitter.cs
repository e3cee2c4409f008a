using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>
/// Splits a document into paragraphs at blank lines. Readers turn HTML blocks, feed items and
/// message breaks into blank lines, so this is the one place paragraphs are decided.
/// </summary>
public sealed class ParagraphSplitter : IPipelineStage
{
    public static LayerKey<Paragraph> Layer { get; } = new("paragraphs", allowsOverlap: false);

    public string Name => "paragraphs";
    public IReadOnlyList<ILayerKey> Requires => [];
    public IReadOnlyList<ILayerKey> Produces => [Layer];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.With(Layer, Split(document.Text));
    }

    public static IEnumerable<Paragraph> Split(string text)
    {
        int position = 0;
        while (position < text.Length)
        {
            int blockEnd = NextBlankLine(text, position, out int nextStart);
            int start = position, end = blockEnd;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end > start) yield return new Paragraph(new Span(start, end));
            position = nextStart;
        }
    }

    /// <summary>Finds the next line holding only whitespace; returns where the block ends and where the next begins.</summary>
    private static int NextBlankLine(string text, int from, out int nextStart)
    {
        int lineStart = from;
        while (lineStart < text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            if (newline < 0) break;
            int next = newline + 1;
            int probe = next;
            while (probe < text.Length && text[probe] != '\n' && char.IsWhiteSpace(text[probe])) probe++;
            if (probe < text.Length && text[probe] == '\n' || probe == text.Length && probe > next)
            {
                nextStart = Math.Min(text.Length, probe + 1);
                return newline;
            }
            lineStart = next;
        }
        nextStart = text.Length;
        return text.Length;
    }
}
