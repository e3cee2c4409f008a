using Sitrep.Documents;

namespace Sitrep.Text.Sentences;

/// <summary>A sentence: from the start of its first token to the end of its last.</summary>
public sealed record Sentence(Span Span) : ISpanned;
