using Sitrep.Errors;
using Sitrep.Pipeline;
using Sitrep.Syntax.Lemmas;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;
using Sitrep.Text.Sentences;
using Sitrep.Text.Tokens;

namespace Sitrep.Syntax.Models;

/// <summary>
/// Every linguistic model, loaded once from a models folder into immutable objects and handed to
/// the stages through their constructors. <see cref="Default"/> loads the copy shipped beside the
/// assembly on first use; a missing or corrupt file fails with a message naming it.
/// </summary>
public sealed class LanguageModels
{
    public const string TokenizerFile = "tokenizer-en.txt";
    public const string TaggerFile = "tagger-en.bin";
    public const string LemmatizerFile = "lemmatizer-en.bin";
    public const string ParserFile = "parser-en.bin";
    public const string SentenceFile = "sentences-en.bin";

    public LanguageModels(TokenizerLexicon tokenizer, TaggerModel tagger, LemmatizerModel lemmatizer, ParserModel parser, SentenceBoundaryModel? sentences = null)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(lemmatizer);
        ArgumentNullException.ThrowIfNull(parser);
        Tokenizer = tokenizer;
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
        Sentences = sentences;
        PosTagger = new PosTagger(tagger, lemmatizer);
    }

    /// <summary>The tagging stage, built once: it works out its lexicon's lemmas when constructed.</summary>
    public PosTagger PosTagger { get; }

    public TokenizerLexicon Tokenizer { get; }
    public TaggerModel Tagger { get; }
    public LemmatizerModel Lemmatizer { get; }
    public ParserModel Parser { get; }

    /// <summary>The learned sentence-boundary classifier; without it the splitter uses its rules alone.</summary>
    public SentenceBoundaryModel? Sentences { get; }

    /// <summary>The sentence splitter these models configure.</summary>
    public SentenceSplitter SentenceSplitter(SentenceSplitterOptions? options = null) => new(Tokenizer, options, Sentences);

    /// <summary>The linguistic stages in pipeline order: tokens, sentences, pos, deps.</summary>
    public IReadOnlyList<IPipelineStage> Stages() =>
    [
        new Tokenizer(Tokenizer),
        SentenceSplitter(),
        PosTagger,
        new DependencyParser(Parser, Tagger),
    ];

    public static LexiconLoadResult<LanguageModels> Load(string directory)
    {
        var tokenizer = TokenizerLexicon.Load(Path.Combine(directory, TokenizerFile));
        if (tokenizer.Value is null) return LexiconLoadResult<LanguageModels>.Failed(tokenizer.Problem!);
        var tagger = ReadBinary(Path.Combine(directory, TaggerFile), TaggerModel.Read);
        if (tagger.Value is null) return LexiconLoadResult<LanguageModels>.Failed(tagger.Problem!);
        var lemmatizer = ReadBinary(Path.Combine(directory, LemmatizerFile), LemmatizerModel.Read);
        if (lemmatizer.Value is null) return LexiconLoadResult<LanguageModels>.Failed(lemmatizer.Problem!);
        var parser = ReadBinary(Path.Combine(directory, ParserFile), ParserModel.Read);
        if (parser.Value is null) return LexiconLoadResult<LanguageModels>.Failed(parser.Problem!);
        var sentences = ReadBinary(Path.Combine(directory, SentenceFile), SentenceBoundaryModel.Read);
        if (sentences.Value is null) return LexiconLoadResult<LanguageModels>.Failed(sentences.Problem!);
        return LexiconLoadResult<LanguageModels>.Ok(new LanguageModels(tokenizer.Value, tagger.Value, lemmatizer.Value, parser.Value, sentences.Value));
    }

    /// <summary>Reads one binary model, turning a missing, truncated or corrupt file into a problem naming it.</summary>
    public static LexiconLoadResult<T> ReadBinary<T>(string path, Func<BinaryReader, T> read) where T : class
    {
        if (!File.Exists(path))
            return LexiconLoadResult<T>.Failed(new Problem(ErrorCodes.DataFileMissing, path, "model file not found; run scripts/train-models.sh"));
        try
        {
            using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
            using var reader = new BinaryReader(stream, ModelFile.Encoding);
            T model = read(reader);
            if (stream.Position != stream.Length) throw new ModelFormatException("trailing bytes after the model");
            return LexiconLoadResult<T>.Ok(model);
        }
        catch (Exception ex) when (ex is ModelFormatException or EndOfStreamException or IOException or System.Text.DecoderFallbackException or ArgumentException)
        {
            return LexiconLoadResult<T>.Failed(new Problem(ErrorCodes.MalformedDataFile, path, $"corrupt or unsupported model: {ex.Message}"));
        }
    }
}
