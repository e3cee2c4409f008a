using Sitrep.Actors;
using Sitrep.Entities;

namespace Sitrep.Pipeline;

/// <summary>
/// The data the stages need (dictionaries, later models), loaded once into immutable objects and
/// handed to stage constructors. <see cref="Default"/> loads the bundled data folder on first use.
/// </summary>
public sealed class SitrepResources
{
    /// <summary>Environment variable naming the data folder when it is not found beside the code.</summary>
    public const string DataFolderVariable = "SITREP_DATA";

    private static readonly Lazy<SitrepResources> LazyDefault = new(() => Load(FindDataFolder()), LazyThreadSafetyMode.ExecutionAndPublication);

    public required ActorDictionary Actors { get; init; }

    public required NerModel EntityModel { get; init; }

    /// <summary>The resources from the bundled data folder, loaded once per process.</summary>
    public static SitrepResources Default => LazyDefault.Value;

    /// <summary>Loads every resource from a data folder (the one holding actors/ …); invalid bundled data throws.</summary>
    public static SitrepResources Load(string dataFolder)
    {
        NerModelLoadResult ner = NerModel.Load(Path.Combine(dataFolder, "models", "ner-en.model"));
        return new()
        {
            Actors = ActorDictionary.LoadOrThrow(Path.Combine(dataFolder, "actors")),
            EntityModel = ner.Model ?? throw new InvalidDataException(ner.Problem!.ToString()),
        };
    }

    /// <summary>
    /// The data folder: $SITREP_DATA if set, else the data/ folder of the repository found by walking
    /// up from the application directory to Sitrep.slnx, else a data/ folder beside the application.
    /// </summary>
    public static string FindDataFolder()
    {
        string? configured = Environment.GetEnvironmentVariable(DataFolderVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(dir.FullName, "data", "actors"))) return Path.Combine(dir.FullName, "data");
        }
        throw new DirectoryNotFoundException(
            $"No Sitrep data folder above {AppContext.BaseDirectory}; set {DataFolderVariable} to the folder holding actors/.");
    }
}
