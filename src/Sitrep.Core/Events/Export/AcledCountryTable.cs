using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Events.Export;

/// <summary>
/// ISO3 → <see cref="AcledCountry"/>, from data/gazetteer/acled-countries.tsv (built by
/// tools/gazetteer/acled-countries.js and embedded in the assembly, so every host exports alike).
/// </summary>
public sealed class AcledCountryTable
{
    public const string FileName = "acled-countries.tsv";
    private const string Header = "# sitrep-gazetteer acled-countries v1";
    private const string ColumnLine = "iso3\tiso_numeric\tcountry\tregion";

    private readonly ImmutableDictionary<string, AcledCountry> _byIso3;

    private AcledCountryTable(ImmutableDictionary<string, AcledCountry> byIso3) => _byIso3 = byIso3;

    public static AcledCountryTable Empty { get; } = new(ImmutableDictionary<string, AcledCountry>.Empty);

    public int Count => _byIso3.Count;

    /// <summary>The country with this ISO 3166-1 alpha-3 code (any case), or null when the table lacks it.</summary>
    public AcledCountry? Find(string? iso3) =>
        iso3 is not null && _byIso3.TryGetValue(iso3.ToUpperInvariant(), out AcledCountry? country) ? country : null;

    /// <summary>The table embedded in Sitrep.Core; a bad embedded file is a bug in the data and throws.</summary>
    public static AcledCountryTable LoadEmbedded()
    {
        string resource = "Sitrep.Data.gazetteer." + FileName;
        using Stream stream = typeof(AcledCountryTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The build did not embed data/gazetteer/{FileName} (resource '{resource}').");
        using var reader = new StreamReader(stream);
        AcledCountryTableParseResult parsed = Parse(FileName, reader.ReadToEnd());
        return parsed.Table ?? throw new InvalidDataException(string.Join(Environment.NewLine, parsed.Problems.Select(p => p.ToString())));
    }

    /// <summary>Parses the file's text; every bad line becomes a problem naming <paramref name="name"/> and the line.</summary>
    public static AcledCountryTableParseResult Parse(string name, string content)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        var problems = new List<Problem>();
        var countries = ImmutableDictionary.CreateBuilder<string, AcledCountry>(StringComparer.Ordinal);
        string[] lines = content.Split('\n');
        if (lines[0].TrimEnd('\r') != Header)
            return Failed(Bad(name, 1, $"expected the header '{Header}'"));
        bool sawColumns = false;
        for (int i = 1; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!sawColumns)
            {
                if (line != ColumnLine) return Failed(Bad(name, i + 1, $"expected the column line '{ColumnLine.Replace('\t', ',')}'"));
                sawColumns = true;
                continue;
            }
            ParsedLine parsed = ParseLine(name, i + 1, line);
            if (parsed.Problem is Problem problem) problems.Add(problem);
            else if (!countries.TryAdd(parsed.Country!.Iso3, parsed.Country)) problems.Add(Bad(name, i + 1, $"duplicate country {parsed.Country.Iso3}"));
        }
        if (!sawColumns) problems.Add(Bad(name, lines.Length, "the file has no column line"));
        return problems.Count > 0 ? new AcledCountryTableParseResult(null, [.. problems]) : new AcledCountryTableParseResult(new AcledCountryTable(countries.ToImmutable()), []);
    }

    private static ParsedLine ParseLine(string name, int lineNumber, string line)
    {
        string[] cells = line.Split('\t');
        if (cells.Length != 4) return new ParsedLine(null, Bad(name, lineNumber, $"expected 4 tab-separated fields but found {cells.Length}"));
        string iso3 = cells[0], country = cells[2].Trim(), region = cells[3];
        if (iso3.Length != 3 || !iso3.All(char.IsAsciiLetterUpper))
            return new ParsedLine(null, Bad(name, lineNumber, $"'{iso3}' is not an upper-case ISO 3166-1 alpha-3 code"));
        if (!int.TryParse(cells[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int numeric) || numeric > 999)
            return new ParsedLine(null, Bad(name, lineNumber, $"'{cells[1]}' is not an ISO 3166-1 numeric code (0-999)"));
        if (country.Length == 0) return new ParsedLine(null, Bad(name, lineNumber, "the country name is empty"));
        if (!AcledRegions.All.Contains(region))
            return new ParsedLine(null, Bad(name, lineNumber, $"'{region}' is not an ACLED region (known: {string.Join(", ", AcledRegions.All.Order(StringComparer.Ordinal))})"));
        return new ParsedLine(new AcledCountry(iso3, numeric, country, region), null);
    }

    private static AcledCountryTableParseResult Failed(Problem problem) => new(null, [problem]);

    private static Problem Bad(string name, int line, string message) =>
        new(ErrorCodes.MalformedDataFile, name, message) { Line = line };

    private sealed record ParsedLine(AcledCountry? Country, Problem? Problem);
}

/// <summary>The table, or the problems (each naming file and line) that kept it from loading.</summary>
public sealed record AcledCountryTableParseResult(AcledCountryTable? Table, ImmutableArray<Problem> Problems);
