using Sitrep.Documents;

namespace Sitrep.Text.Tokens;

/// <summary>A syntactic word in UD English conventions ("don't" is two tokens, "do" and "n't"); its text is <c>Span.TextOf(document.Text)</c>.</summary>
public sealed record Token(Span Span) : ISpanned;
