using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>A block of text separated from its neighbours by a blank line, trimmed of surrounding whitespace.</summary>
public sealed record Paragraph(Span Span) : ISpanned;
