using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Syntax.Conllu;

/// <summary>
/// Reads CoNLL-U (Universal Dependencies) files. Empty nodes (ids like 8.1) are skipped because
/// the basic tree never refers to them; a malformed line is reported with its line number.
/// </summary>
public static class ConlluReader
{
    public static ConlluReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            return ConlluReadResult.Failed(new Problem(ErrorCodes.FileNotFound, path, "no such CoNLL-U file"));
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static ConlluReadResult Read(TextReader reader, string subject)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = ImmutableArray.CreateBuilder<ConlluSentence>();
        var words = new List<ConlluWord>();
        var tokens = new List<ConlluToken>();
        string? text = null, id = null;
        bool newDoc = false, newPar = false;
        int pendingMultiEnd = -1;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
                else if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..];
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal)) newDoc = newPar = true;
                else if (line.StartsWith("# newpar", StringComparison.Ordinal)) newPar = true;
                continue;
            }
            string[] cols = line.Split('\t');
            if (cols.Length != 10)
                return Bad(lineNumber, $"expected 10 tab-separated columns, found {cols.Length}");
            string wordId = cols[0];
            if (wordId.Contains('.')) continue;
            bool spaceAfter = !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            int dash = wordId.IndexOf('-');
            if (dash > 0)
            {
                if (!int.TryParse(wordId.AsSpan(0, dash), out int first) || !int.TryParse(wordId.AsSpan(dash + 1), out int last) || last < first)
                    return Bad(lineNumber, $"bad multiword token range '{wordId}'");
                tokens.Add(new ConlluToken(cols[1], first - 1, last - 1, spaceAfter));
                pendingMultiEnd = last - 1;
                continue;
            }
            if (!int.TryParse(wordId, out int index) || index != words.Count + 1)
                return Bad(lineNumber, $"word id '{wordId}' out of sequence");
            int head = -1;
            if (cols[6] != "_" && !int.TryParse(cols[6], out head))
                return Bad(lineNumber, $"bad head '{cols[6]}'");
            bool inMulti = pendingMultiEnd >= words.Count;
            if (!inMulti) tokens.Add(new ConlluToken(cols[1], words.Count, words.Count, spaceAfter));
            words.Add(new ConlluWord(cols[1], cols[2], cols[3], cols[4], head - 1, cols[7])
            {
                SpaceAfter = inMulti ? words.Count == pendingMultiEnd && tokens[^1].SpaceAfter : spaceAfter,
                TokenIndex = tokens.Count - 1,
            });
        }
        Flush();
        return ConlluReadResult.Ok(sentences.ToImmutable());

        ConlluReadResult Bad(int at, string message) =>
            ConlluReadResult.Failed(new Problem(ErrorCodes.MalformedTreebank, subject, message) { Line = at });

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConlluSentence([.. words], [.. tokens])
                {
                    Text = text, SentenceId = id, StartsDocument = newDoc, StartsParagraph = newPar,
                });
            }
            words.Clear();
            tokens.Clear();
            text = id = null;
            newDoc = newPar = false;
            pendingMultiEnd = -1;
        }
    }
}

/// <summary>The sentences of a CoNLL-U file, or the problem that stopped reading it.</summary>
public sealed record ConlluReadResult(ImmutableArray<ConlluSentence> Sentences, Problem? Problem)
{
    public bool Succeeded => Problem is null;
    public static ConlluReadResult Ok(ImmutableArray<ConlluSentence> sentences) => new(sentences, null);
    public static ConlluReadResult Failed(Problem problem) => new([], problem);
}
