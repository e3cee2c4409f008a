namespace Sitrep.Documents;

/// <summary>Anything anchored to a span of a document's text: a token, a sentence, a mention.</summary>
public interface ISpanned
{
    Span Span { get; }
}
