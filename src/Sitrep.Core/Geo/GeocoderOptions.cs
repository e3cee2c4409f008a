namespace Sitrep.Geo;

/// <summary>Weights of the geocoder's ranking; the defaults were set on the geoparsing dev corpora.</summary>
public sealed record GeocoderOptions
{
    public static GeocoderOptions Default { get; } = new();

    /// <summary>Score per power of ten of population.</summary>
    public double PopulationWeight { get; init; } = 0.6;

    /// <summary>A country entry's head start, so "Mali" is the country and never a Chinese village.</summary>
    public double CountryPrior { get; init; } = 10;

    public double Admin1Prior { get; init; } = 1.0;
    public double Admin2Prior { get; init; } = 0.2;
    public double CityPrior { get; init; } = 0.5;
    public double CapitalBonus { get; init; } = 2.0;
    public double AdminSeatBonus { get; init; } = 1.0;

    /// <summary>For entries whose own name (not a stripped affix or alias) is the query.</summary>
    public double ExactNameBonus { get; init; } = 0.8;

    public double CountryContextBonus { get; init; } = 6;

    /// <summary>For entries in the document's focus country (<see cref="GeocodeQuery.FocusCountryIso3"/>).</summary>
    public double FocusCountryBonus { get; init; } = 3;

    /// <summary>
    /// Added for an admin1 area of the focus country that shares its name with another country:
    /// in US news "Georgia" is the state.
    /// </summary>
    public double FocusAdmin1Bonus { get; init; } = 2.5;
    public double AdminContextBonus { get; init; } = 5;
    public double PreferredKindBonus { get; init; } = 3;

    /// <summary>Bonus for an entry right at <see cref="GeocodeQuery.Near"/>, decaying with distance.</summary>
    public double ProximityBonus { get; init; } = 3;
    public double ProximityScaleKm { get; init; } = 300;

    /// <summary>Bonus per other place name of the document with a reading near the entry (<see cref="GeocodeQuery.Context"/>).</summary>
    public double ContextBonus { get; init; } = 2.5;
    public double ContextScaleKm { get; init; } = 100;

    /// <summary>The most other names that count towards the context bonus.</summary>
    public double ContextCap { get; init; } = 3;

    /// <summary>
    /// Whether the context bonus also goes to a town dwarfed by a namesake (see <see cref="MajorNamesakeRatio"/>):
    /// several other names of the story lying beside Paris, Texas are evidence enough, where the
    /// story's country alone is not. On LGL this turned 24 readings right and 2 wrong.
    /// </summary>
    public bool ContextOverridesSize { get; init; } = true;

    /// <summary>
    /// A town this many times smaller than a namesake admin1 area or provincial or national capital
    /// gets no focus-country or proximity bonus: only explicit context ("Rome, Ga.") picks it. 0 turns this off.
    /// </summary>
    public double MajorNamesakeRatio { get; init; } = 30;

    public int MaxCandidates { get; init; } = 10;
}
