using System.Collections.Immutable;

namespace Sitrep.Actors;

/// <summary>
/// A condition on one alias of one actor, for aliases that mean something else in some documents:
/// "RSF" is not the Rapid Support Forces in an article about Reporters Without Borders, and "AA"
/// is the Arakan Army only where the article is about Myanmar. When the condition fails the alias
/// codes <see cref="Instead"/> (another dictionary actor), or nothing.
/// </summary>
public sealed record AliasRule(string Alias, string Actor, AliasRuleKind Kind, ImmutableArray<string> Context, string? Instead, string? Note)
{
    public const string UnlessWord = "unless";
    public const string RequiresWord = "requires";

    /// <summary>Whether the alias keeps its meaning in a document, given whether the document mentions a context phrase.</summary>
    public bool Holds(bool contextMentioned) => Kind == AliasRuleKind.Requires ? contextMentioned : !contextMentioned;
}

public enum AliasRuleKind
{
    /// <summary>The alias loses its meaning in a document that mentions a context phrase.</summary>
    Unless,

    /// <summary>The alias has its meaning only in a document that mentions a context phrase.</summary>
    Requires,
}
