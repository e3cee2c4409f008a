using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Errors;

namespace Sitrep.Time.Evaluation;

/// <summary>A gold TIMEX3 of TempEval-3: its span in the document text, type and value.</summary>
public sealed record GoldTimex(Span Span, string Type, string Value);

/// <summary>One TempEval-3 document: its text (the TEXT element with tags stripped), creation date and gold expressions.</summary>
public sealed record TempEvalDocument(string Name, DateOnly CreationDate, string Text, ImmutableArray<GoldTimex> Gold);

/// <summary>The corpus loaded, or the problems that stopped it.</summary>
public sealed record TempEvalLoad(ImmutableArray<TempEvalDocument> Documents, ImmutableArray<Problem> Problems);

/// <summary>
/// Reads TempEval-3 TimeBank+AQUAINT: gold rows from timex3_flat.tsv (offsets into the TEXT
/// element with tags stripped) and texts from the .tml files beside it.
/// </summary>
public static class TempEval3Corpus
{
    private static readonly Regex TextElement = new(@"<TEXT>(?<t>.*?)</TEXT>", RegexOptions.Singleline | RegexOptions.Compiled);
    private static readonly Regex Tag = new("<[^>]+>", RegexOptions.Compiled);

    public static TempEvalLoad Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string tsv = Path.Combine(folder, "timex3_flat.tsv");
        var problems = ImmutableArray.CreateBuilder<Problem>();
        if (!File.Exists(tsv)) return new([], [new Problem(ErrorCodes.FileNotFound, tsv, "TempEval-3 flat file not found")]);
        var texts = Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories)
            .GroupBy(Path.GetFileName)
            .ToDictionary(g => g.Key!, g => g.First(), StringComparer.Ordinal);
        var rows = new Dictionary<string, (DateOnly Dct, List<GoldTimex> Gold)>(StringComparer.Ordinal);
        string[] lines = File.ReadAllLines(tsv);
        for (int i = 1; i < lines.Length; i++)
        {
            string[] c = lines[i].Split('\t');
            // Some creation dates carry a time (1990-08-15T13:37); the date part anchors.
            if (c.Length < 9 || !DateOnly.TryParseExact(c[2].Length >= 10 ? c[2][..10] : c[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly dct)
                || !int.TryParse(c[7], CultureInfo.InvariantCulture, out int start) || !int.TryParse(c[8], CultureInfo.InvariantCulture, out int end) || end < start || start < 0)
            {
                problems.Add(new Problem(ErrorCodes.MalformedGold, tsv, "expected split, doc, dct, tid, type, value, text, char_start, char_end") { Line = i + 1 });
                continue;
            }
            if (!rows.TryGetValue(c[1], out var doc)) rows[c[1]] = doc = (dct, []);
            doc.Gold.Add(new GoldTimex(new Span(start, end), c[4], c[5]));
        }
        var documents = ImmutableArray.CreateBuilder<TempEvalDocument>();
        foreach (var (name, (dct, gold)) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!texts.TryGetValue(name, out string? path))
            {
                problems.Add(new Problem(ErrorCodes.FileNotFound, name, "no .tml file for a document of the flat file"));
                continue;
            }
            Match m = TextElement.Match(File.ReadAllText(path));
            string text = m.Success ? Tag.Replace(m.Groups["t"].Value, "") : "";
            if (gold.Any(g => g.Span.End > text.Length))
            {
                problems.Add(new Problem(ErrorCodes.MalformedGold, path, "a gold span lies past the end of the text"));
                continue;
            }
            documents.Add(new TempEvalDocument(name, dct, text, [.. gold.OrderBy(g => g.Span.Start)]));
        }
        return new(documents.ToImmutable(), problems.ToImmutable());
    }
}
