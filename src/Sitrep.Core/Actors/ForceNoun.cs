namespace Sitrep.Actors;

/// <summary>
/// A noun phrase that names an actor by its role ("soldiers", "gunmen", "villagers"). Bare nouns
/// code an actor of the document's country on their own; the others need a demonym or country name.
/// </summary>
public sealed record ForceNoun(string Phrase, string Role, bool Bare)
{
    public const string Modifier = "modifier";
    public const string Member = "member";
    public const string Pmc = "pmc";
    public const string GroupHead = "group-head";
    public const string NameConnector = "name-connector";
    public const string NonGroup = "non-group";
    public const string Anaphor = "anaphor";

    /// <summary>Roles that are word lists for the matcher rather than actors (modifiers, name parts, anaphors).</summary>
    public static bool IsWordList(string role) => role is Modifier or GroupHead or NameConnector or NonGroup or Anaphor;
}
