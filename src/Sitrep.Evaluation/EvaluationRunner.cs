using System.Collections.Immutable;
using Sitrep.Errors;
using Sitrep.Evaluation.Gold;
using Sitrep.Evaluation.Reporting;
using Sitrep.Evaluation.Scoring;
using Sitrep.Events;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores every <c>NAME.txt</c> of a folder against its <c>NAME.gold.json</c>. Files that cannot
/// be scored (no gold, malformed gold, gold without an article) become problems in the report;
/// the rest of the folder is still scored.
/// </summary>
public static class EvaluationRunner
{
    public const string ArticleExtension = ".txt";
    public const string GoldExtension = ".gold.json";

    /// <param name="directory">A corpus folder of NAME.txt / NAME.gold.json pairs.</param>
    /// <param name="extract">Runs the system on one article (given its path) and returns the events it codes.</param>
    public static EvaluationReport Run(string directory, Func<string, IReadOnlyList<ConflictEvent>> extract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(extract);
        if (!Directory.Exists(directory))
            return new EvaluationReport([], [new Problem(ErrorCodes.FileNotFound, directory, "The evaluation folder does not exist.")]);

        var documents = ImmutableArray.CreateBuilder<DocumentEvaluation>();
        var problems = ImmutableArray.CreateBuilder<Problem>();
        foreach (string article in Files(directory, ArticleExtension))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string goldPath = GoldPathFor(article);
            if (!File.Exists(goldPath))
            {
                problems.Add(new Problem(ErrorCodes.MissingGold, article, $"No {Path.GetFileName(goldPath)} beside the article; it is not scored."));
                continue;
            }
            GoldReadResult gold = GoldReader.Load(goldPath);
            problems.AddRange(gold.Problems);
            if (!gold.Succeeded) continue;
            if (!string.Equals(gold.Document.Doc, Path.GetFileName(article), StringComparison.Ordinal))
                problems.Add(new Problem(ErrorCodes.MalformedGold, goldPath,
                    $"field 'doc' is '{gold.Document.Doc}' but the article is {Path.GetFileName(article)}", ProblemSeverity.Warning));
            IReadOnlyList<ConflictEvent> predictions = extract(article);
            documents.Add(EvaluationScorer.Score(gold.Document, predictions) with { Doc = Path.GetFileName(article) });
        }
        foreach (string goldPath in Files(directory, GoldExtension))
        {
            string article = goldPath[..^GoldExtension.Length] + ArticleExtension;
            if (!File.Exists(article))
                problems.Add(new Problem(ErrorCodes.MissingArticle, goldPath, $"No {Path.GetFileName(article)} beside the gold file; it is not scored."));
        }
        return new EvaluationReport(documents.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>The gold file that belongs to an article: NAME.txt → NAME.gold.json in the same folder.</summary>
    public static string GoldPathFor(string articlePath)
    {
        ArgumentNullException.ThrowIfNull(articlePath);
        string directory = Path.GetDirectoryName(articlePath) ?? ".";
        return Path.Combine(directory, Path.GetFileNameWithoutExtension(articlePath) + GoldExtension);
    }

    private static IEnumerable<string> Files(string directory, string extension) =>
        Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
