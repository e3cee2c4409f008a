using System.Collections.Immutable;

namespace Sitrep.Syntax.Conllu;

/// <summary>A sentence of a CoNLL-U file: its words, surface tokens and the comments that matter for raw text.</summary>
public sealed record ConlluSentence(ImmutableArray<ConlluWord> Words, ImmutableArray<ConlluToken> Tokens)
{
    public string? Text { get; init; }
    public string? SentenceId { get; init; }
    public bool StartsDocument { get; init; }
    public bool StartsParagraph { get; init; }

    /// <summary>The raw sentence text: the <c># text</c> comment, or the tokens joined by their SpaceAfter flags.</summary>
    public string RawText()
    {
        if (Text is not null) return Text;
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < Tokens.Length; i++)
        {
            builder.Append(Tokens[i].Form);
            if (Tokens[i].SpaceAfter && i + 1 < Tokens.Length) builder.Append(' ');
        }
        return builder.ToString();
    }
}
