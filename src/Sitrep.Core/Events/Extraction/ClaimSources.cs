using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>Who an attribution cue names as its source: the span of the phrase, and the names to print for it.</summary>
internal sealed record ClaimSource(Span Span, ImmutableArray<string> Names);

/// <summary>
/// Finds the source phrase of an attribution: the subject of the reporting verb ("security sources
/// told AFP", "the army said"), the phrase after an inverted verb (", said a local official") or
/// after "according to". The source is named by the coded actor it contains, and by its own words
/// without the article ("police", "local VDP official"), since many sources are not actors.
/// </summary>
internal sealed class ClaimSources(EventCues cues)
{
    private readonly ClaimantAntecedents _antecedents = new(cues);

    private const int MaxWords = 8;

    private static readonly ImmutableHashSet<string> Pronouns =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "one");

    // Words that end a source phrase read forwards: a verb, a clause or a preposition starting the next part.
    private static readonly ImmutableHashSet<string> StopsPhrase = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "that", "on", "in", "who", "which", "and", "as", "after", "when", "told", "said", "says", "say", "telling", "saying", "reported", "confirmed", "estimating");

    // Auxiliaries and adverbs between a source and its verb ("police have confirmed", "the army also said").
    private static readonly ImmutableHashSet<string> Trailing = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "had", "has", "have", "was", "were", "is", "are", "also", "later", "earlier", "previously", "then", "further", "would", "will");

    private static readonly string[] Leading = ["according to ", "the ", "a ", "an ", "one of these ", "one of the ", "one ", "some ", "several "];

    /// <param name="invertible">Whether the verb may put its source after it (", said a local official"); a denial never does.</param>
    public ClaimSource? Find(DocumentView view, Span sentence, Span cue, bool sourceAfter, bool actorOnly = false, bool invertible = true)
    {
        Span? phrase = sourceAfter ? After(view.Text, cue, sentence) : Tail(view.Text, cue, sentence) ?? Subject(view, cue, sentence) ?? Before(view.Text, cue, sentence);
        // "... village, said a local official": the verb after a comma or quote puts its source after it.
        if (!sourceAfter && phrase is null)
            phrase = AppositiveSources.Post(view.Text, cue, sentence)
                ?? (invertible ? After(view.Text, cue, sentence) : AppositiveSources.BeforeRelative(view.Text, cue, sentence));
        if (phrase is not Span p || p.IsEmpty) return null;
        // "N'DJAMENA, Chad (AP) — ... said": the dateline names where the story was filed, never a source.
        int dateline = PlaceReader.DatelineEnd(view, sentence);
        if (p.End <= dateline) return null;
        if (p.Start < dateline) p = new Span(Math.Min(p.End, dateline + 1), p.End);
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (ActorCandidate a in view.Actors.Where(a => p.Overlaps(a.Span)))
            names.AddRange(a.Actor.AllNames);
        string own = Clean(view.Text.Substring(p.Start, p.Length));
        if (own.Split(' ').Length > MaxWords || !own.Any(char.IsLetter)) own = "";
        if (actorOnly && names.Count == 0) return null;
        if (own.Length > 0 && !Pronouns.Contains(own))
        {
            names.AddRange(Variants(own));
            if (Workplace(view.Text, own, p.End, sentence.End) is string titled) names.Add(titled);
            bool definite = view.Text.AsSpan(p.Start, p.Length).TrimStart("'\"\u201C\u201D ").StartsWith("the ", StringComparison.OrdinalIgnoreCase);
            names.AddRange(_antecedents.Find(view.Text, p.Start, own, definite));
            if (definite && _antecedents.NamedBody(view.Text, p.Start, own) is Span body)
            {
                foreach (ActorCandidate a in view.Actors.Where(a => body.Overlaps(a.Span))) names.AddRange(a.Actor.AllNames);
                names.Add(Clean(view.TextOf(body)));
            }
        }
        if (!sourceAfter && AppositiveSources.Name(view.Text, p.End, cue, sentence) is string named) names.AddRange(Variants(Clean(named)));
        if (Acronym(view.Text, p.End, sentence.End) is string acronym) names.Add(acronym);
        else if (names.Count == 0) return null;
        return new ClaimSource(p, names.Distinct(StringComparer.Ordinal).ToImmutableArray());
    }

    // The nominal subject of the reporting verb, with all the words that depend on it.
    private static Span? Subject(DocumentView view, Span cue, Span sentence)
    {
        SyntaxTree tree = view.Syntax;
        // The verb is the cue's first word: "claimed responsibility" has its subject on "claimed".
        int space = view.Text.IndexOf(' ', cue.Start, cue.Length);
        int verb = tree.LastTokenIn(space < 0 ? cue : new Span(cue.Start, space));
        if (verb < 0) return null;
        foreach (int child in tree.Children(verb))
        {
            if (tree.Relation(child) is not ("nsubj" or "nsubj:pass")) continue;
            (int first, int last) = (child, child);
            // An appos before the first comma is part of the name, however the parser split it: a bracketed
            // acronym, or the rest of "Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)".
            int nextComma = view.Text.IndexOf(',', tree.SpanOf(child).End, sentence.End - tree.SpanOf(child).End);
            Extend(tree, child, ref first, ref last, nextComma < 0 ? sentence.End : nextComma);
            var span = new Span(tree.SpanOf(first).Start, tree.SpanOf(last).End);
            // An aside after the subject ("Emergency Lawyers, a group that ...") is not part of its name.
            int comma = view.Text.IndexOf(',', tree.SpanOf(child).End, Math.Max(0, span.End - tree.SpanOf(child).End));
            if (comma >= 0) span = new Span(span.Start, comma);
            if (span.End < sentence.End && view.Text[span.End] == ')' && view.Text.AsSpan(span.Start, span.Length).Contains('(')) span = new Span(span.Start, span.End + 1);
            return sentence.Contains(span) ? span : null;
        }
        return null;
    }

    private static void Extend(SyntaxTree tree, int token, ref int first, ref int last, int apposEnd)
    {
        foreach (int c in tree.Children(token))
        {
            if (tree.Relation(c) is "punct" or "acl:relcl" or "parataxis") continue;
            if (tree.Relation(c) is "appos" && tree.SpanOf(c).End > apposEnd) continue;
            first = Math.Min(first, c);
            last = Math.Max(last, c);
            Extend(tree, c, ref first, ref last, apposEnd);
        }
    }

    // ", residents said." closing a sentence: the short phrase after the comma is the source, however the parser
    // attached the verb.
    private static Span? Tail(string text, Span cue, Span sentence)
    {
        if (Before(text, cue, sentence) is not Span phrase) return null;
        int i = phrase.Start;
        while (i > sentence.Start && char.IsWhiteSpace(text[i - 1])) i--;
        if (i == sentence.Start || text[i - 1] != ',') return null;
        int rest = cue.End;
        while (rest < sentence.End && text[rest] is ' ') rest++;
        bool ends = rest >= sentence.End || text[rest] is '.' or '\n' || text.AsSpan(rest).StartsWith("on ", StringComparison.Ordinal);
        return ends && text.AsSpan(phrase.Start, phrase.Length).Count(' ') <= 4 ? phrase : null;
    }

    // Without a parse: the words right before the verb, back to a comma, a quote or the sentence start.
    private static Span? Before(string text, Span cue, Span sentence)
    {
        int end = cue.Start;
        while (end > sentence.Start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == sentence.Start || IsBoundary(text[end - 1])) return null;
        int start = end, words = 0;
        while (start > sentence.Start && !IsBoundary(text[start - 1]))
        {
            start--;
            if (char.IsWhiteSpace(text[start]) && ++words >= MaxWords) { start++; break; }
        }
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        return start < end ? new Span(start, end) : null;
    }

    // The words after the cue up to a comma, a quote, a clause word or the sentence end.
    private static Span? After(string text, Span cue, Span sentence)
    {
        int start = cue.End;
        while (start < sentence.End && char.IsWhiteSpace(text[start])) start++;
        int end = start, words = 0;
        while (end < sentence.End && !IsBoundary(text[end]) && text[end] != '.')
        {
            if (char.IsWhiteSpace(text[end]))
            {
                string next = NextWord(text, end + 1, sentence.End);
                if (++words >= MaxWords || StopsPhrase.Contains(next)) break;
            }
            end++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end > start ? new Span(start, end) : null;
    }

    // The ways a source may be printed: "two witnesses" as "witnesses", "a rights group monitoring abuses" as
    // "rights group", "the ministry's spokesperson Omar Saranga" also as "Omar Saranga".
    private static IEnumerable<string> Variants(string phrase)
    {
        // "Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)": the name and its acronym are each a way to print it.
        int paren = phrase.LastIndexOf('(');
        if (paren > 0 && phrase.EndsWith(')') && !phrase[(paren + 1)..^1].Contains(' '))
        {
            yield return phrase[(paren + 1)..^1];
            phrase = phrase[..paren].TrimEnd();
        }
        string[] words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int cut = Array.FindIndex(words, 1, w => w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(w[0]));
        if (cut > 0) words = words[..cut];
        int first = words.Length > 1 && (char.IsDigit(words[0][0]) || NumberWords.Contains(words[0])) ? 1 : 0;
        string main = string.Join(' ', words[first..]);
        yield return main;
        int name = words.Length;
        while (name > first && char.IsUpper(words[name - 1][0]) && !words[name - 1].EndsWith("'s", StringComparison.Ordinal)) name--;
        if (name > first && words.Length - name >= 2) yield return string.Join(' ', words[name..]);
    }

    // "an official in the city's morgue" is a morgue official, "a doctor at the local hospital" a hospital doctor: a source
    // named by its post and the place it works is printed as news write it in short.
    private string? Workplace(string text, string own, int from, int limit)
    {
        int space = own.LastIndexOf(' ');
        string role = own[(space + 1)..];
        if (!cues.Lists(CueKind.WorkRole, role)) return null;
        Match m = WorkplacePattern.Match(text[from..limit]);
        return m.Success && !cues.Lists(CueKind.NotWorkplace, m.Groups["noun"].Value) ? $"{m.Groups["noun"].Value} {own}" : null;
    }

    // The preposition, an optional article and owner ("the city's"), up to two modifiers, then the noun before a stop.
    private static readonly Regex WorkplacePattern = new(
        @"^\s+(?:in|at)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+['’]s\s+)?(?:[a-z-]+\s+){0,2}?(?<noun>[a-z]+)(?=\s*(?:[,.;]|$|\s(?:in|of|on|who|said|told|says)\b))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    // "Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)": the acronym in brackets right after a name is a way to print it.
    private static string? Acronym(string text, int from, int limit)
    {
        int i = from;
        while (i < limit && text[i] == ' ') i++;
        if (i >= limit || text[i] != '(') return null;
        int close = text.IndexOf(')', i, Math.Min(16, limit - i));
        if (close < 0) return null;
        string inner = text[(i + 1)..close];
        return inner.Length >= 2 && char.IsUpper(inner[0]) && inner.All(c => char.IsLetterOrDigit(c) || c == '-') && inner.Count(char.IsUpper) >= 2 ? inner : null;
    }

    private static readonly ImmutableHashSet<string> NumberWords = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "two", "three", "four", "five", "several", "many", "some", "other");

    private static string NextWord(string text, int from, int limit)
    {
        int end = from;
        while (end < limit && char.IsLetter(text[end])) end++;
        return text[from..end];
    }

    private static bool IsBoundary(char c) => c is ',' or ';' or ':' or '"' or '\u201C' or '\u201D' or '(' or ')' or '\u2014' or '\u2013';

    private static string Clean(string phrase)
    {
        // A source phrase after a closing quote ("...,'' Mr Alabo stated") starts with the quote's marks.
        string s = phrase.Trim().TrimStart('\'', '"', '\u201C', '\u201D', '\u2018', '\u2019', ' ');
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (string lead in Leading)
            {
                if (!s.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) continue;
                s = s[lead.Length..].TrimStart();
                changed = true;
            }
        }
        // Drop trailing auxiliaries ("police have") word by word.
        while (s.LastIndexOf(' ') is int sp and > 0 && Trailing.Contains(s[(sp + 1)..])) s = s[..sp];
        if (Trailing.Contains(s)) s = "";
        return s;
    }
}
