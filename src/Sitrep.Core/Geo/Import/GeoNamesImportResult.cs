using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Geo.Import;

/// <summary>
/// What an import wrote and what it skipped. Bad lines are reported (file and line) and skipped;
/// <see cref="Succeeded"/> is false only when the gazetteer could not be written at all.
/// </summary>
public sealed record GeoNamesImportResult
{
    public bool Succeeded { get; init; }
    public int LinesRead { get; init; }
    public int PlacesWritten { get; init; }
    public int AdminAreasWritten { get; init; }

    /// <summary>Names written: each place's name plus its distinct alternate names.</summary>
    public long NamesWritten { get; init; }

    /// <summary>Well-formed lines left out on purpose (feature classes other than P and A, historical places, countries).</summary>
    public int LinesSkipped { get; init; }

    public int BadLines { get; init; }

    /// <summary>The first bad lines (up to <see cref="GeoNamesImportRequest.MaxReportedProblems"/>) and any fatal problem.</summary>
    public ImmutableArray<Problem> Problems { get; init; } = [];

    public override string ToString() =>
        $"{LinesRead} lines read: {PlacesWritten} places and {AdminAreasWritten} admin areas written with {NamesWritten} names; " +
        $"{LinesSkipped} lines skipped (other feature classes), {BadLines} bad lines";
}
