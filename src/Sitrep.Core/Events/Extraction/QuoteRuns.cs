using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// The quoted passages of a text, from opening to closing quote mark. A quote running over several
/// paragraphs opens each paragraph again and closes only at its end (the news convention), so a
/// paragraph that starts with a quote mark continues the open quote rather than closing it.
/// </summary>
internal static class QuoteRuns
{
    public static ImmutableArray<Span> Find(string text)
    {
        var runs = ImmutableArray.CreateBuilder<Span>();
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                if (open < 0) continue;
                int j = i;
                while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
                if (j < text.Length && text[j] is '"' or '\u201C') { i = j; continue; }
                // A paragraph that does not reopen the quote ends it unclosed.
                runs.Add(new Span(open, i));
                open = -1;
            }
            else if (c == '\u201C' && open < 0) open = i;
            else if (c == '\u201D' || (c == '\'' && i + 1 < text.Length && text[i + 1] == '\''))
            {
                int end = c == '\'' ? i + 2 : i + 1;
                if (open >= 0) runs.Add(new Span(open, end));
                open = -1;
                i = end - 1;
            }
            else if (c == '"')
            {
                if (open < 0) open = i;
                else { runs.Add(new Span(open, i + 1)); open = -1; }
            }
        }
        if (open >= 0) runs.Add(new Span(open, text.Length));
        return runs.ToImmutable();
    }

    /// <summary>True when the run ends with a closing quote mark (and not at a paragraph end or the text's end).</summary>
    public static bool IsClosed(string text, Span run) => run.End > run.Start + 1 && text[run.End - 1] is '"' or '\u201D' or '\'';
}
