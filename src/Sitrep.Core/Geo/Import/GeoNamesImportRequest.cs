namespace Sitrep.Geo.Import;

/// <summary>What to import: GeoNames dump files and where to put the gazetteer built from them.</summary>
public sealed record GeoNamesImportRequest
{
    /// <summary>allCountries.txt, a country file (XX.txt) or cities500.txt: GeoNames' 19-column main table.</summary>
    public required string PlacesPath { get; init; }

    /// <summary>alternateNamesV2.txt (or the older alternateNames.txt); when absent the main table's own alternatenames column is used.</summary>
    public string? AlternateNamesPath { get; init; }

    /// <summary>admin1CodesASCII.txt; when absent admin1 names come from the ADM1 lines of the main table.</summary>
    public string? Admin1CodesPath { get; init; }

    /// <summary>The folder to write; created when missing, its gazetteer files replaced.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>
    /// The bundled gazetteer folder, whose countries, shapes, word lists and curated aliases the
    /// imported gazetteer keeps (GeoNames' country lines are not used: world-countries has the demonyms).
    /// </summary>
    public required string TemplateDirectory { get; init; }

    /// <summary>How many bad lines to report one by one before only counting them.</summary>
    public int MaxReportedProblems { get; init; } = 100;
}
