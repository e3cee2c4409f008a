using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

internal static class CliResources
{
    /// <summary>Loads the bundled data (gazetteer, dictionaries, models), or prints why it cannot and returns null.</summary>
    public static SitrepResources? Load(CliContext context)
    {
        SitrepResourcesLoadResult loaded = SitrepResources.LoadDefault();
        foreach (var problem in loaded.Problems) context.Error.WriteLine(problem);
        return loaded.Resources;
    }
}
