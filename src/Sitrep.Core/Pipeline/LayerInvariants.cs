using Sitrep.Documents;

namespace Sitrep.Pipeline;

/// <summary>
/// Checks what every layer must satisfy: spans lie inside the text, come in start order, and do
/// not overlap when the layer is a partition (tokens, sentences).
/// </summary>
public static class LayerInvariants
{
    public static IReadOnlyList<string> Check(Document document, IEnumerable<ILayerKey> keys)
    {
        var violations = new List<string>();
        foreach (ILayerKey key in keys)
        {
            AnnotationLayer? layer = document[key.Name];
            if (layer is null)
            {
                violations.Add($"layer '{key.Name}' was declared but not produced");
                continue;
            }
            CheckLayer(document.Text.Length, layer, violations);
        }
        return violations;
    }

    public static IReadOnlyList<string> CheckAll(Document document) =>
        Check(document, document.Layers.Select(l => l.Key));

    private static void CheckLayer(int textLength, AnnotationLayer layer, List<string> violations)
    {
        Span? previous = null;
        int index = 0;
        foreach (ISpanned item in layer.Items)
        {
            Span span = item.Span;
            if (span.End > textLength)
                violations.Add($"layer '{layer.Name}' item {index} {span} ends past the text (length {textLength})");
            if (previous is Span p)
            {
                if (span.Start < p.Start)
                    violations.Add($"layer '{layer.Name}' item {index} {span} starts before item {index - 1} {p}");
                else if (!layer.Key.AllowsOverlap && span.Start < p.End)
                    violations.Add($"layer '{layer.Name}' item {index} {span} overlaps item {index - 1} {p}");
            }
            previous = span;
            index++;
        }
    }
}
