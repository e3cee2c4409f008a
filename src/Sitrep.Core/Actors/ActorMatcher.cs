using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Actors;

/// <summary>Options of the actor matcher.</summary>
public sealed record ActorMatcherOptions
{
    public static ActorMatcherOptions Default { get; } = new();

    /// <summary>Emit generic mentions ("gunmen", "villagers") as well as named and demonym ones.</summary>
    public bool IncludeGeneric { get; init; } = true;
}

/// <summary>
/// Pipeline stage producing the "actors" layer: every actor the text names, coded to the
/// dictionary for the document's date — aliases by longest match ("JNIM", "Jama'a Nusrat ul-Islam
/// wa al-Muslimin"), demonym and role noun ("Malian soldiers" → Military Forces of Mali (2021-)),
/// and generic perpetrators and victims coded for the document's country ("gunmen" →
/// Unidentified Armed Group (Nigeria); country null when the document's country is unknown).
/// Works on the raw text; the document's country is guessed from the country words it mentions.
/// </summary>
public sealed class ActorMatcher : IPipelineStage
{
    public static LayerKey<ActorMention> Layer { get; } = new("actors", allowsOverlap: true);

    private readonly ActorDictionary _dictionary;
    private readonly ActorMatcherOptions _options;

    public ActorMatcher(ActorDictionary dictionary, ActorMatcherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _dictionary = dictionary;
        _options = options ?? ActorMatcherOptions.Default;
    }

    public string Name => "actors";
    public IReadOnlyList<ILayerKey> Requires => [];
    public IReadOnlyList<ILayerKey> Produces => [Layer];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return document.With(Layer, Match(document.Text, document.Metadata.Published, null, document.Metadata.Title));
    }

    /// <summary>
    /// The actor mentions of a text for an event date. <paramref name="documentCountry"/> (ISO3)
    /// codes generic mentions; when null it is guessed from the text and <paramref name="title"/>.
    /// </summary>
    public IReadOnlyList<ActorMention> Match(string text, DateOnly? date, string? documentCountry = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<WordToken> tokens = ActorTokenizer.Tokenize(text);
        WordFlags[] flags = _dictionary.FlagsOf(tokens);
        string? country = documentCountry ?? DocumentCountryGuesser.Guess(_dictionary, text, tokens, flags, title);
        List<ActorMention> mentions = new MentionScanner(_dictionary, text, tokens, flags, date, country).Scan();
        return _options.IncludeGeneric ? mentions : [.. mentions.Where(m => m.Kind != ActorMatchKind.Generic)];
    }

    /// <summary>The country the matcher would assume for a text (ISO3), or null.</summary>
    public string? GuessCountry(string text, string? title = null)
    {
        List<WordToken> tokens = ActorTokenizer.Tokenize(text);
        return DocumentCountryGuesser.Guess(_dictionary, text, tokens, _dictionary.FlagsOf(tokens), title);
    }
}
