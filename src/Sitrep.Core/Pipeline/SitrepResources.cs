using System.Collections.Immutable;
using Sitrep.Errors;
using Sitrep.Actors;
using Sitrep.Entities;
using Sitrep.Geo;
using Sitrep.Syntax.Models;

namespace Sitrep.Pipeline;

/// <summary>
/// The immutable data the pipeline's stages need (gazetteer, word lists), loaded once from a
/// data folder and shared by every document and thread.
/// </summary>
public sealed class SitrepResources
{
    private SitrepResources(Gazetteer gazetteer, ToponymLexicon toponymWords, LanguageModels? language, ActorDictionary? actors, NerModel? entityModel)
    {
        Language = language;
        Actors = actors;
        EntityModel = entityModel;
        Gazetteer = gazetteer;
        ToponymWords = toponymWords;
    }

    /// <summary>Resources that know nothing: the stages run but find no places. For tests and layer listings.</summary>
    public static SitrepResources Empty { get; } = new(Gazetteer.Empty, ToponymLexicon.Empty, language: null, actors: null, entityModel: null);

    /// <summary>The tokenizer, tagger, lemmatizer and parser models; null only in <see cref="Empty"/>, whose pipeline skips those stages.</summary>
    public LanguageModels? Language { get; }

    /// <summary>The actor dictionary; null only in <see cref="Empty"/>, whose pipeline skips actor coding.</summary>
    public ActorDictionary? Actors { get; }

    /// <summary>The entity recogniser's model; null only in <see cref="Empty"/>.</summary>
    public NerModel? EntityModel { get; }

    public Gazetteer Gazetteer { get; }
    public ToponymLexicon ToponymWords { get; }

    /// <summary>
    /// Loads everything under <paramref name="dataDirectory"/> (the repository's data/ folder or its copy beside the binaries);
    /// the gazetteer from <paramref name="gazetteerDirectory"/> instead when given (one built by <c>sitrep gazetteer import</c>).
    /// </summary>
    public static SitrepResourcesLoadResult Load(string dataDirectory, string? gazetteerDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        gazetteerDirectory ??= Path.Combine(dataDirectory, "gazetteer");
        var problems = new List<Problem>();
        ToponymLexicon words = ToponymLexicon.Load(Path.Combine(gazetteerDirectory, "toponym-words.tsv"), problems);
        GazetteerLoadResult gazetteer = GazetteerLoader.Load(gazetteerDirectory, writeBinary: true);
        problems.AddRange(gazetteer.Problems);
        var language = LanguageModels.Load(Path.Combine(dataDirectory, "models"));
        if (language.Problem is not null) problems.Add(language.Problem);
        ActorDictionaryLoadResult actors = ActorDictionary.Load(Path.Combine(dataDirectory, "actors"));
        problems.AddRange(actors.Problems);
        NerModelLoadResult entities = NerModel.Load(Path.Combine(dataDirectory, "models", "ner-en.model"));
        if (entities.Problem is not null) problems.Add(entities.Problem);
        return problems.Count > 0 || gazetteer.Gazetteer is null || language.Value is null || actors.Dictionary is null || entities.Model is null
            ? new SitrepResourcesLoadResult(null, [.. problems])
            : new SitrepResourcesLoadResult(new SitrepResources(gazetteer.Gazetteer, words, language.Value, actors.Dictionary, entities.Model), []);
    }

    /// <summary>Loads from <see cref="FindDataDirectory"/>, or reports that no data folder was found.</summary>
    public static SitrepResourcesLoadResult LoadDefault(string? gazetteerDirectory = null) =>
        FindDataDirectory() is string directory
            ? Load(directory, gazetteerDirectory)
            : new SitrepResourcesLoadResult(null, [new Problem(ErrorCodes.DataFileMissing, AppContext.BaseDirectory,
                "no data/gazetteer folder beside the program or above it in a Sitrep checkout")]);

    /// <summary>
    /// The data folder: <c>data/</c> beside the binaries (the build copies data/gazetteer there), else
    /// the <c>data/</c> folder of the checkout holding Sitrep.slnx above them.
    /// </summary>
    public static string? FindDataDirectory()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(Path.Combine(beside, "gazetteer"))) return beside;
        return FindCheckoutFolder("data") is string data && Directory.Exists(Path.Combine(data, "gazetteer")) ? data : null;
    }

    /// <summary>A folder of the Sitrep checkout (the folder holding Sitrep.slnx) above the program, or null when the program runs outside one.</summary>
    public static string? FindCheckoutFolder(string name)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                string folder = Path.Combine(dir.FullName, name);
                return Directory.Exists(folder) ? folder : null;
            }
        }
        return null;
    }
}

/// <summary>The loaded resources, or the problems (each naming its file and line) that stopped them loading.</summary>
public sealed record SitrepResourcesLoadResult(SitrepResources? Resources, ImmutableArray<Problem> Problems)
{
    public bool Succeeded => Resources is not null;

    public SitrepResources GetOrThrow() =>
        Resources ?? throw new InvalidDataException(string.Join(Environment.NewLine, Problems.Select(p => p.ToString())));
}
