using System.Collections.Immutable;

namespace Sitrep.Actors;

/// <summary>A country as actor coding needs it: ACLED's name for it, and the words that point at it.</summary>
public sealed record CountryInfo
{
    public required string Iso3 { get; init; }

    /// <summary>ACLED's name ("Democratic Republic of Congo").</summary>
    public required string Name { get; init; }

    /// <summary>"the" where ACLED writes "Military Forces of the Democratic Republic of Congo", else empty.</summary>
    public string Article { get; init; } = "";

    public ImmutableArray<string> Names { get; init; } = [];
    public ImmutableArray<string> Demonyms { get; init; } = [];

    /// <summary>Cities and other names that suggest the country, used only to guess a document's country.</summary>
    public ImmutableArray<string> Places { get; init; } = [];

    public string NameWithArticle => Article.Length == 0 ? Name : $"{Article} {Name}";
}
