using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>The verbatim text that supports one field of an event, as a span of the document.</summary>
public sealed record Evidence(string Field, Span Span, string Text);
