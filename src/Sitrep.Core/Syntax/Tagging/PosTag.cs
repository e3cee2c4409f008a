using Sitrep.Documents;

namespace Sitrep.Syntax.Tagging;

/// <summary>The part of speech (Universal and Penn) and lemma of one token.</summary>
public sealed record PosTag(Span Span, string Upos, string Xpos, string Lemma) : ISpanned;
