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
}
