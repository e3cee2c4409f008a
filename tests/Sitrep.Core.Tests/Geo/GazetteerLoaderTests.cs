using Sitrep.Errors;
using Sitrep.Events;
using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class GazetteerLoaderTests
{
    [Fact]
    public void Load_TinyFiles_IndexesNamesAsciiAliasesAndAffixes()
    {
        using var files = new TinyGazetteerFiles();
        Gazetteer gazetteer = GazetteerLoader.Load(files.Directory).GetOrThrow();

        Assert.Equal("gn:1", Assert.Single(gazetteer.Lookup("NIAFUNKE")).Id);
        Assert.Equal("gn:1", Assert.Single(gazetteer.Lookup("Niafounké")).Id);
        Assert.Equal("a1:ML.08", Assert.Single(gazetteer.Lookup("Tombouctou")).Id);
        GazetteerEntry boulkessi = Assert.Single(gazetteer.Lookup("boulkessi"));
        Assert.Equal(("MLI", "Mopti"), (boulkessi.CountryIso3, boulkessi.Admin1));
        Assert.Equal(PlaceKind.Country, Assert.Single(gazetteer.Lookup("Republic of Mali")).Kind);
        Assert.Equal(2138551, Assert.Single(gazetteer.Lookup("paris")).Population);
        Assert.Empty(gazetteer.Lookup("Atlantis"));
    }

    [Fact]
    public void Load_TinyFiles_DemonymsAndShapesWork()
    {
        using var files = new TinyGazetteerFiles();
        Gazetteer gazetteer = GazetteerLoader.Load(files.Directory).GetOrThrow();

        Assert.Equal("MLI", gazetteer.CountryOfDemonym("Malians"));
        Assert.Null(gazetteer.CountryOfDemonym("Martian"));
        Assert.Equal("MLI", gazetteer.CountryAt(new GeoPoint(15.93, -3.99)));
        Assert.Equal("FRA", gazetteer.CountryAt(new GeoPoint(42.0, 9.0)));
        Assert.Null(gazetteer.CountryAt(new GeoPoint(0, -30)));
    }

    [Theory]
    [InlineData("places.tsv", 5, "gn:2\tcity\tParis\t\tFRA\tÎle-de-France\tParis\t148.85\t2.35\t2138551\tPPLC", "latitude")]
    [InlineData("places.tsv", 5, "gn:2\tcity\tParis", "fields")]
    [InlineData("places.tsv", 5, "gn:2\ttown\tParis\t\tFRA\t\t\t48.85\t2.35\t1\tPPL", "unknown kind")]
    [InlineData("places.tsv", 5, "gn:2\tcity\tParis\t\tXXX\t\t\t48.85\t2.35\t1\tPPL", "country")]
    [InlineData("places.tsv", 1, "# sitrep-gazetteer places v9", "header")]
    [InlineData("aliases.tsv", 4, "Atlantide\tAtlantis\tFRA\tcity\t\t\t\t", "lacks")]
    [InlineData("shapes.tsv", 5, "FRA\tFrance\tPOLYGON((1 2,3 4", "polygon")]
    [InlineData("countries.tsv", 4, "MLI\tML\tMali\tnorth\t-4.0\t\t\t", "latitude")]
    public void Load_CorruptLine_FailsNamingFileAndLine(string file, int line, string text, string expectedWords)
    {
        using var files = new TinyGazetteerFiles();
        files.ReplaceLine(file, line, text);

        GazetteerLoadResult result = GazetteerLoader.Load(files.Directory);

        Assert.False(result.Succeeded);
        Problem problem = result.Problems[0];
        Assert.Equal(ErrorCodes.MalformedDataFile, problem.Code);
        Assert.Equal(files.PathOf(file), problem.Subject);
        Assert.Equal(line, problem.Line);
        Assert.Contains(expectedWords, problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{file}:{line}:", problem.ToString(), StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => result.GetOrThrow());
    }

    [Fact]
    public void Load_MissingFolder_ReportsMissingFiles()
    {
        GazetteerLoadResult result = GazetteerLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-gazetteer-" + Guid.NewGuid()));
        Assert.False(result.Succeeded);
        Assert.All(result.Problems, p => Assert.Equal(ErrorCodes.DataFileMissing, p.Code));
    }
}
