using System.CommandLine;
using Sitrep.Geo.Import;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep gazetteer import allCountries.txt|XX.txt [--alternate-names F] [--admin F] [--out DIR]`:
/// builds a gazetteer folder from GeoNames dumps, for --gazetteer DIR or $SITREP_GAZETTEER.
/// </summary>
internal static class GazetteerCommand
{
    public static Command Create(CliContext context)
    {
        var places = new Argument<string>("places") { Description = "GeoNames main table: allCountries.txt, a country file such as NG.txt, or cities500.txt." };
        var alternates = new Option<string?>("--alternate-names") { Description = "alternateNamesV2.txt, for the names in other spellings and languages." };
        var admin = new Option<string?>("--admin") { Description = "admin1CodesASCII.txt, for admin1 names (else taken from the ADM1 lines)." };
        var output = new Option<string>("--out") { Description = "Folder to write the gazetteer to.", DefaultValueFactory = _ => "gazetteer" };
        var import = new Command("import", "Build a gazetteer from GeoNames dump files (bad lines are reported with their line number and skipped).")
            { places, alternates, admin, output };
        import.SetAction((parsed, cancellationToken) => Task.FromResult(Import(context, new GeoNamesImportRequest
        {
            PlacesPath = parsed.GetValue(places)!, AlternateNamesPath = parsed.GetValue(alternates), Admin1CodesPath = parsed.GetValue(admin),
            OutputDirectory = parsed.GetValue(output)!, TemplateDirectory = BundledGazetteer(),
        }, cancellationToken)));
        return new Command("gazetteer", "Manage gazetteers.") { import };
    }

    private static int Import(CliContext context, GeoNamesImportRequest request, CancellationToken cancellationToken)
    {
        GeoNamesImportResult result = GeoNamesImporter.Import(request, cancellationToken);
        foreach (var problem in result.Problems) context.Error.WriteLine(problem);
        int unreported = result.BadLines - result.Problems.Count(p => p.Line is not null);
        if (unreported > 0) context.Error.WriteLine($"... and {unreported} more bad lines");
        if (!result.Succeeded) return SitrepCommandLine.SomeInputsFailed;
        context.Output.WriteLine(result);
        context.Output.WriteLine($"gazetteer written to {Path.GetFullPath(request.OutputDirectory)}; use it with --gazetteer {request.OutputDirectory} or ${CliContext.GazetteerEnvironmentVariable}");
        return SitrepCommandLine.Success;
    }

    private static string BundledGazetteer() =>
        SitrepResources.FindDataDirectory() is string data
            ? Path.Combine(data, "gazetteer")
            : throw new UsageException("no bundled data/gazetteer folder found beside the program or above it; it supplies the countries and shapes");
}
