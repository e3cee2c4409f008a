using Sitrep.Documents;

namespace Sitrep.Syntax.Parsing;

/// <summary>A token's syntactic head (an index into the document's tokens layer, -1 for the sentence root) and UD relation.</summary>
public sealed record Dependency(Span Span, int Head, string Relation) : ISpanned;
