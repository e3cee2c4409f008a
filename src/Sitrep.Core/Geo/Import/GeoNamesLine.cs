using System.Globalization;
using Sitrep.Events;

namespace Sitrep.Geo.Import;

/// <summary>
/// One line of GeoNames' main table (allCountries.txt, XX.txt, citiesN.txt): 19 tab-separated
/// columns, of which the import uses the id, names, position, feature, country, admin codes and population.
/// </summary>
internal sealed record GeoNamesLine
{
    public const int ColumnCount = 19;

    public required long Id { get; init; }
    public required string Name { get; init; }
    public required string AsciiName { get; init; }

    /// <summary>The comma-separated alternatenames column, unsplit.</summary>
    public required string AlternateNames { get; init; }

    public required GeoPoint Point { get; init; }
    public required char FeatureClass { get; init; }
    public required string FeatureCode { get; init; }
    public required string CountryCode { get; init; }
    public required string Admin1Code { get; init; }
    public required string Admin2Code { get; init; }
    public required long Population { get; init; }

    /// <summary>The line read, or why it is malformed.</summary>
    public static GeoNamesLine? Parse(string line, out string? error)
    {
        string[] f = line.Split('\t');
        error = null;
        if (f.Length != ColumnCount)
        {
            error = $"expected {ColumnCount} tab-separated columns but found {f.Length}";
            return null;
        }
        if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out long id) || id <= 0)
        {
            error = $"geonameid '{Clip(f[0])}' is not a positive integer";
            return null;
        }
        if (f[1].Trim().Length == 0)
        {
            error = "the name is empty";
            return null;
        }
        if (!GazetteerLoader.TryPoint(f[4], f[5], out GeoPoint point))
        {
            error = $"latitude/longitude '{Clip(f[4])}', '{Clip(f[5])}' is not a valid position";
            return null;
        }
        long population = 0;
        if (f[14].Length > 0 && !long.TryParse(f[14], NumberStyles.None, CultureInfo.InvariantCulture, out population))
        {
            error = $"population '{Clip(f[14])}' is not a whole number";
            return null;
        }
        if (f[6].Length > 1)
        {
            error = $"feature class '{Clip(f[6])}' is not a single letter";
            return null;
        }
        return new GeoNamesLine
        {
            Id = id, Name = Clean(f[1]), AsciiName = f[2].Trim().Length > 0 ? Clean(f[2]) : Clean(f[1]), AlternateNames = f[3],
            Point = point, FeatureClass = f[6].Length == 1 ? f[6][0] : ' ', FeatureCode = f[7], CountryCode = f[8],
            Admin1Code = f[10], Admin2Code = f[11], Population = population,
        };
    }

    /// <summary>A name safe to write into a TSV field holding '|'-separated lists.</summary>
    public static string Clean(string name) => name.Replace('|', ' ').Replace('\t', ' ').Trim();

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
