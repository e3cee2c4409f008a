using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

internal static class CliResources
{
    /// <summary>
    /// Loads the bundled data (gazetteer, dictionaries, models), with the gazetteer of --gazetteer or
    /// $SITREP_GAZETTEER when set, or prints why it cannot and returns null.
    /// </summary>
    public static SitrepResources? Load(CliContext context)
    {
        if (context.GazetteerDirectory is string gazetteer && !Directory.Exists(gazetteer))
            throw new UsageException($"the gazetteer folder '{gazetteer}' does not exist (from --gazetteer or ${CliContext.GazetteerEnvironmentVariable})");
        SitrepResourcesLoadResult loaded = SitrepResources.LoadDefault(context.GazetteerDirectory);
        foreach (var problem in loaded.Problems) context.Error.WriteLine(problem);
        return loaded.Resources;
    }
}
