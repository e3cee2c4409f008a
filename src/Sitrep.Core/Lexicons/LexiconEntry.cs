namespace Sitrep.Lexicons;

/// <summary>One row of a lexicon file: what kind of word it is, the phrase (lower case), an optional value, and where it came from.</summary>
public sealed record LexiconEntry(string Kind, string Phrase, string Value, int Line);
