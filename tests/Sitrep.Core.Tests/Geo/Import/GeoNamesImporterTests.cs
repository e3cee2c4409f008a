using Sitrep.Errors;
using Sitrep.Geo;
using Sitrep.Geo.Import;

namespace Sitrep.Tests.Geo.Import;

public class GeoNamesImporterTests
{
    // GeoNames' main table: id, name, asciiname, alternatenames, lat, lon, feature class, feature code,
    // country, cc2, admin1..admin4, population, elevation, dem, timezone, modification date.
    private static string Line(long id, string name, string ascii, string alternates, string lat, string lon, string fclass, string fcode,
        string cc, string admin1, string admin2, string population) =>
        $"{id}\t{name}\t{ascii}\t{alternates}\t{lat}\t{lon}\t{fclass}\t{fcode}\t{cc}\t\t{admin1}\t{admin2}\t\t\t{population}\t\t250\tAfrica/Bamako\t2024-01-01";

    private static readonly string[] MaliLines =
    [
        Line(2457163, "Gao", "Gao", "Gao Town,GAO,Гао", "16.27167", "-0.04472", "P", "PPLA", "ML", "07", "", "86633"),
        Line(2457161, "Région de Gao", "Region de Gao", "Gao Region", "17.0", "0.5", "A", "ADM1", "ML", "07", "", "544120"),
        Line(2457162, "Cercle de Gao", "Cercle de Gao", "", "16.5", "0.2", "A", "ADM2", "ML", "07", "0701", "0"),
        Line(2457164, "Bourem Inaly", "Bourem Inaly", "", "16.3", "-0.1", "P", "PPL", "ML", "07", "0701", ""),
        Line(2457165, "Niger", "Niger", "", "16.0", "-1.0", "H", "STM", "ML", "", "", "0"),
        Line(2457166, "Old Gao", "Old Gao", "", "16.2", "-0.05", "P", "PPLH", "ML", "07", "", "0"),
    ];

    private static GeoNamesImportResult Import(TinyGazetteerFiles template, string output, string[] lines, string? alternates = null, string? admin1 = null)
    {
        string places = Path.Combine(template.Directory, "ML.txt");
        File.WriteAllLines(places, lines);
        string? alternatesPath = alternates is null ? null : Path.Combine(template.Directory, "alternateNamesV2.txt");
        if (alternatesPath is not null) File.WriteAllText(alternatesPath, alternates);
        string? admin1Path = admin1 is null ? null : Path.Combine(template.Directory, "admin1CodesASCII.txt");
        if (admin1Path is not null) File.WriteAllText(admin1Path, admin1);
        return GeoNamesImporter.Import(new GeoNamesImportRequest
        {
            PlacesPath = places, AlternateNamesPath = alternatesPath, Admin1CodesPath = admin1Path,
            OutputDirectory = output, TemplateDirectory = template.Directory,
        });
    }

    [Fact]
    public void Import_CountryFile_WritesGazetteerTheLoaderReads()
    {
        using var template = new TinyGazetteerFiles();
        string output = Path.Combine(template.Directory, "out");

        GeoNamesImportResult result = Import(template, output, MaliLines);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal((6, 2, 2, 0, 2), (result.LinesRead, result.PlacesWritten, result.AdminAreasWritten, result.BadLines, result.LinesSkipped));
        Gazetteer gazetteer = GazetteerLoader.Load(output).GetOrThrow();
        GazetteerEntry gao = Assert.Single(gazetteer.Lookup("Gao Town"));
        Assert.Equal((2457163L, "MLI", "Région de Gao", PlaceKind.City), (gao.GeonamesId!.Value, gao.CountryIso3, gao.Admin1, gao.Kind));
        Assert.Equal(86633, gao.Population);
        GazetteerEntry inaly = Assert.Single(gazetteer.Lookup("Bourem Inaly"));
        Assert.Equal(("Région de Gao", "Cercle de Gao", 0L), (inaly.Admin1, inaly.Admin2, inaly.Population));
        Assert.Contains(gazetteer.Lookup("Gao"), e => e.Kind == PlaceKind.Admin1);
        Assert.Empty(gazetteer.Lookup("Old Gao"));
        Assert.Empty(gazetteer.Lookup("Гао"));
    }

    [Fact]
    public void Import_BadLines_ReportsEachWithItsLineAndImportsTheRest()
    {
        using var template = new TinyGazetteerFiles();
        string output = Path.Combine(template.Directory, "out");
        string[] lines =
        [
            MaliLines[0],
            "2457170\tTruncated\tTruncated",
            Line(2457171, "Nowhere", "Nowhere", "", "97.5", "0", "P", "PPL", "ML", "", "", "0"),
            Line(2457172, "Ansongo", "Ansongo", "", "15.66", "0.50", "P", "PPLA2", "ML", "07", "", "many"),
            Line(2457173, "Atlantis", "Atlantis", "", "10", "10", "P", "PPL", "ZZ", "", "", "0"),
            Line(2457174, "Tessit", "Tessit", "", "15.01", "0.33", "P", "PPL", "ML", "07", "", "2000"),
        ];

        GeoNamesImportResult result = Import(template, output, lines);

        Assert.True(result.Succeeded);
        Assert.Equal(4, result.BadLines);
        Assert.Equal([2, 3, 4, 5], result.Problems.Select(p => p.Line!.Value));
        Assert.All(result.Problems, p => Assert.Equal(ErrorCodes.GeoNamesLineSkipped, p.Code));
        Assert.Contains("columns", result.Problems[0].Message);
        Assert.Contains("latitude", result.Problems[1].Message);
        Assert.Contains("population", result.Problems[2].Message);
        Assert.Contains("'ZZ'", result.Problems[3].Message);
        Gazetteer gazetteer = GazetteerLoader.Load(output).GetOrThrow();
        Assert.Single(gazetteer.Lookup("Tessit"));
        Assert.Single(gazetteer.Lookup("Gao"));
    }

    [Fact]
    public void Import_AlternateNamesFile_AddsNamesButNotLinksOrCodes()
    {
        using var template = new TinyGazetteerFiles();
        string output = Path.Combine(template.Directory, "out");
        string alternates =
            "1\t2457163\ten\tGao City\t1\t\t\t\t\t\n" +
            "2\t2457163\tlink\thttps://en.wikipedia.org/wiki/Gao\t\t\t\t\t\t\n" +
            "3\t2457163\tiata\tGAQ\t\t\t\t\t\t\n" +
            "4\t999\ten\tElsewhere\t\t\t\t\t\t\n" +
            "oops\n";

        GeoNamesImportResult result = Import(template, output, MaliLines, alternates);

        Assert.Equal(5, Assert.Single(result.Problems).Line);
        Gazetteer gazetteer = GazetteerLoader.Load(output).GetOrThrow();
        Assert.Single(gazetteer.Lookup("Gao City"));
        Assert.Empty(gazetteer.Lookup("Gao Town")); // the file replaces the inline column
        Assert.Empty(gazetteer.Lookup("GAQ"));
        Assert.Empty(gazetteer.Lookup("Elsewhere"));
    }

    [Fact]
    public void Import_Admin1CodesFile_NamesTheAdmin1OfPlaces()
    {
        using var template = new TinyGazetteerFiles();
        string output = Path.Combine(template.Directory, "out");

        Import(template, output, MaliLines, admin1: "ML.07\tGao\tGao\t2457161\n");

        Assert.Equal("Gao", GazetteerLoader.Load(output).GetOrThrow().Lookup("Bourem Inaly")[0].Admin1);
    }

    [Fact]
    public void Import_ExtractWithoutAnAliasTarget_DropsThatAliasSoTheGazetteerLoads()
    {
        using var template = new TinyGazetteerFiles();
        string output = Path.Combine(template.Directory, "out");

        GeoNamesImportResult result = Import(template, output, [Line(2988507, "Paris", "Paris", "", "48.85", "2.35", "P", "PPLC", "FR", "11", "75", "2138551")]);

        Assert.True(result.Succeeded);
        Gazetteer gazetteer = GazetteerLoader.Load(output).GetOrThrow();
        Assert.Empty(gazetteer.Lookup("Niafounké"));
        Assert.Single(gazetteer.Lookup("Boulkessi")); // an alias with its own coordinates stays
    }

    [Fact]
    public void Import_EmptyFile_WritesAnEmptyGazetteer()
    {
        using var template = new TinyGazetteerFiles();
        string output = Path.Combine(template.Directory, "out");

        GeoNamesImportResult result = Import(template, output, []);

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.PlacesWritten);
        Assert.True(GazetteerLoader.Load(output).Succeeded);
    }

    [Fact]
    public void Import_MissingFile_FailsWithFileNotFound()
    {
        using var template = new TinyGazetteerFiles();

        GeoNamesImportResult result = GeoNamesImporter.Import(new GeoNamesImportRequest
        {
            PlacesPath = Path.Combine(template.Directory, "absent.txt"), OutputDirectory = Path.Combine(template.Directory, "out"),
            TemplateDirectory = template.Directory,
        });

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.FileNotFound, Assert.Single(result.Problems).Code);
    }
}
