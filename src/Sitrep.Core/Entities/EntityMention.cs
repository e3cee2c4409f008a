using Sitrep.Documents;

namespace Sitrep.Entities;

/// <summary>A named entity: its span and text, and a label (PERSON, ORG, GPE, LOC, NORP, FAC, WEAPON, MILITARY_UNIT).</summary>
public sealed record EntityMention(Span Span, string Text, string Label) : ISpanned;
