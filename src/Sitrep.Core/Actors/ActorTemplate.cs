namespace Sitrep.Actors;

/// <summary>An actor generated for every country: "Military Forces of {the country}", type, whether regimes apply.</summary>
public sealed record ActorTemplate(string Role, string NamePattern, string Type, bool HasRegimes)
{
    public string NameFor(CountryInfo country) =>
        NamePattern.Replace("{the country}", country.NameWithArticle, StringComparison.Ordinal)
                   .Replace("{country}", country.Name, StringComparison.Ordinal);

    /// <summary>The name when the country is unknown: "Unidentified Armed Group", "Civilians".</summary>
    public string NameWithoutCountry =>
        NamePattern.Replace(" ({country})", "", StringComparison.Ordinal)
                   .Replace(" of {the country}", "", StringComparison.Ordinal)
                   .Replace(" of {country}", "", StringComparison.Ordinal);
}
