using Sitrep.Documents;

namespace Sitrep.Text.Tokens;

/// <summary>Splits one whitespace-free chunk of text into tokens: outer punctuation, then clitics, then inner punctuation.</summary>
internal sealed class ChunkSplitter(TokenizerLexicon lexicon)
{
    private static readonly string[] Clitics = ["'s", "'m", "'d", "'re", "'ve", "'ll"];

    public void Split(string text, int start, int end, List<Span> output)
    {
        int s = start, e = end;
        // Leading punctuation, one token per run of the same character ("--", "$$$") or emoticon.
        while (s < e && !StartsWord(text, s, e))
        {
            int emoticon = Emoticons.Match(text, s, e);
            int run = emoticon > 0 ? s + emoticon : RunEnd(text, s, e);
            output.Add(new Span(s, run));
            s = run;
        }
        if (s >= e) return;
        var trailing = new List<Span>();
        if (UrlShapes.IsUrlOrEmail(text, s, e))
        {
            while (e > s && text[e - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '"' or '\'' or '”' or '’' or '>') e--;
            while (e < end && e > s && text[e - 1] == ')' && text.AsSpan(s, e - s).Contains('(')) e++;
            if (e <= s) e = end;
            output.Add(new Span(s, e));
            for (int p = e; p < end;) { int r = RunEnd(text, p, end); output.Add(new Span(p, r)); p = r; }
            return;
        }
        StripTrailing(text, s, ref e, trailing);
        if (e > s)
        {
            if (text[s] is '@' or '#' && e - s > 1) output.Add(new Span(s, e));
            else SplitCore(text, s, e, output);
        }
        for (int i = trailing.Count - 1; i >= 0; i--) output.Add(trailing[i]);
    }

    private static bool StartsWord(string text, int i, int end)
    {
        char c = text[i];
        if (CharClass.IsWordChar(c)) return true;
        bool next = i + 1 < end && CharClass.IsWordChar(text[i + 1]);
        if (CharClass.IsApostrophe(c) && IsDecade(text, i, end)) return true;
        return next && (c is '@' or '#' or '.') && (c != '.' || char.IsDigit(text[i + 1]));
    }

    /// <summary>A year or decade written with an apostrophe: "'68", "'90s".</summary>
    private static bool IsDecade(string text, int i, int end) =>
        i + 2 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && (i + 3 >= end || !char.IsDigit(text[i + 3]));

    /// <summary>The end of a run of one repeated punctuation character (a surrogate pair counts as one character).</summary>
    private static int RunEnd(string text, int i, int end)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1])) return i + 2;
        int j = i + 1;
        if (CharClass.IsTerminal(text[i]))
        {
            while (j < end && CharClass.IsTerminal(text[j])) j++;
            return j;
        }
        if (!CharClass.IsOpening(text[i]) && !CharClass.IsClosing(text[i]))
        {
            while (j < end && text[j] == text[i]) j++;
        }
        return j;
    }

    private void StripTrailing(string text, int s, ref int e, List<Span> trailing)
    {
        while (e > s)
        {
            char c = text[e - 1];
            if (CharClass.IsWordChar(c)) return;
            if (c == '.' && e - s >= 2 && !CharClass.IsTerminal(text[e - 2]))
            {
                if (KeepsPeriod(text, s, e) && !EndsSentence(text, s, e)) return;
                trailing.Add(new Span(e - 1, e));
                e--;
                continue;
            }
            int emoticon = Emoticons.MatchEnding(text, s, e);
            if (emoticon > 0)
            {
                trailing.Add(new Span(e - emoticon, e));
                e -= emoticon;
                continue;
            }
            int runStart = e - 1;
            if (char.IsLowSurrogate(c) && runStart > s && char.IsHighSurrogate(text[runStart - 1])) runStart--;
            else if (CharClass.IsTerminal(c)) { while (runStart > s && CharClass.IsTerminal(text[runStart - 1])) runStart--; }
            else if (!CharClass.IsOpening(c) && !CharClass.IsClosing(c)) { while (runStart > s && text[runStart - 1] == c) runStart--; }
            if (runStart == s && (c is '#' or '@')) return;
            trailing.Add(new Span(runStart, e));
            e = runStart;
        }
    }

    /// <summary>Abbreviations ("Sept.", "etc.") and initials ("U.N.", "J.") keep their period.</summary>
    private bool KeepsPeriod(string text, int s, int e)
    {
        ReadOnlySpan<char> word = text.AsSpan(s, e - s);
        if (IsInitials(word)) return true;
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        var lookup = lexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(lower);
    }

    /// <summary>"etc." before the end of a sentence gives up its period to the sentence, as in UD EWT.</summary>
    private static bool EndsSentence(string text, int s, int e)
    {
        if (!text.AsSpan(s, e - s).Equals("etc.", StringComparison.OrdinalIgnoreCase)) return false;
        int next = e;
        while (next < text.Length && text[next] is ' ' or '\t') next++;
        return next == text.Length || text[next] is '\n' or '\r' || char.IsUpper(text[next]);
    }

    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        // Letter-period pairs: "J.", "U.N.", "e.g."
        if (word.Length < 2 || word.Length % 2 != 0) return false;
        for (int i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || word[i + 1] != '.') return false;
        }
        return true;
    }

    private void SplitCore(string text, int s, int e, List<Span> output)
    {
        ReadOnlySpan<char> word = text.AsSpan(s, e - s);
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (lexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower)
            || lexicon.WholeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower))
        {
            output.Add(new Span(s, e));
            return;
        }
        if (lexicon.Splits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out int at))
        {
            output.Add(new Span(s, s + at));
            output.Add(new Span(s + at, e));
            return;
        }
        int cliticAt = CliticStart(lower);
        int coreEnd = cliticAt >= 0 ? s + cliticAt : e;
        if (coreEnd > s) SplitInner(text, s, coreEnd, output);
        if (cliticAt >= 0) output.Add(new Span(s + cliticAt, e));
    }

    /// <summary>Where a clitic ("n't", "'s", "'ll") begins in the lower-cased word, or -1.</summary>
    private static int CliticStart(ReadOnlySpan<char> lower)
    {
        int n = lower.Length;
        if (n > 3 && lower[n - 3] == 'n' && CharClass.IsApostrophe(lower[n - 2]) && lower[n - 1] == 't') return n - 3;
        foreach (string clitic in Clitics)
        {
            int k = clitic.Length;
            if (n > k && CharClass.IsApostrophe(lower[n - k]) && lower[(n - k + 1)..].SequenceEqual(clitic.AsSpan(1)) && char.IsLetter(lower[n - k - 1]))
                return n - k;
        }
        return -1;
    }

    /// <summary>Splits at inner punctuation, keeping numbers (3,000 2.5 10:30 9/11), names (Jama'a, AT&amp;T) and prefixed compounds whole.</summary>
    private void SplitInner(string text, int s, int e, List<Span> output)
    {
        int pieceStart = s;
        for (int i = s; i < e; i++)
        {
            char c = text[i];
            if (char.IsDigit(c) && IsClockSuffix(text, i + 1, e))
            {
                output.Add(new Span(pieceStart, i + 1));
                pieceStart = i + 1;
                break;
            }
            if (CharClass.IsWordChar(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < e) { Emit(i, i + 2); i++; continue; }
            if (CharClass.IsApostrophe(c) && i == s && IsDecade(text, i, e)) continue;
            if (i + 1 < e && (CharClass.IsTerminal(c) && CharClass.IsTerminal(text[i + 1]) || c == text[i + 1] && !CharClass.IsOpening(c) && !CharClass.IsClosing(c)))
            {
                int run = i + 1;
                while (run < e && (CharClass.IsTerminal(c) ? CharClass.IsTerminal(text[run]) : text[run] == c)) run++;
                Emit(i, run);
                i = run - 1;
                continue;
            }
            char before = i > s ? text[i - 1] : ' ';
            char after = i + 1 < e ? text[i + 1] : ' ';
            bool letters = char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after);
            bool digits = char.IsDigit(before) && char.IsDigit(after);
            bool keep = c switch
            {
                '.' => i > s && (char.IsLetterOrDigit(after) || i == e - 1),
                ',' or ':' or '/' => digits,
                '\'' or '’' or '&' or '@' or '+' => letters,
                _ when CharClass.IsHyphen(c) => letters && KeepsHyphen(text, pieceStart, i, e),
                _ => false,
            };
            if (keep) continue;
            Emit(i, i + 1);
        }
        if (pieceStart < e) output.Add(new Span(pieceStart, e));

        void Emit(int from, int to)
        {
            if (from > pieceStart) output.Add(new Span(pieceStart, from));
            output.Add(new Span(from, to));
            pieceStart = to;
        }
    }

    /// <summary>Dates such as "01-Feb-02" stay whole.</summary>
    private static bool IsDayMonthYear(string text, int s, int e)
    {
        ReadOnlySpan<char> word = text.AsSpan(s, e - s);
        int first = word.IndexOf('-'), last = word.LastIndexOf('-');
        if (first <= 0 || last == first || last == word.Length - 1) return false;
        ReadOnlySpan<char> day = word[..first], month = word[(first + 1)..last], year = word[(last + 1)..];
        return day.Length <= 2 && IsDigits(day) && month.Length == 3 && char.IsLetter(month[0]) && char.IsLetter(month[2]) && IsDigits(year);
    }

    private static bool IsDigits(ReadOnlySpan<char> value)
    {
        foreach (char c in value) if (!char.IsDigit(c)) return false;
        return value.Length > 0;
    }

    /// <summary>"7:30pm" is two tokens in UD EWT: the time and "pm".</summary>
    private static bool IsClockSuffix(string text, int from, int e)
    {
        ReadOnlySpan<char> rest = text.AsSpan(from, e - from);
        return rest.Equals("am", StringComparison.OrdinalIgnoreCase) || rest.Equals("pm", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || rest.Equals("p.m.", StringComparison.OrdinalIgnoreCase);
    }

    private bool KeepsHyphen(string text, int pieceStart, int hyphen, int e)
    {
        if (char.IsDigit(text[hyphen - 1]) && char.IsDigit(text[hyphen + 1])) return true;
        if (IsDayMonthYear(text, pieceStart, e)) return true;
        ReadOnlySpan<char> left = text.AsSpan(pieceStart, hyphen - pieceStart);
        Span<char> lower = left.Length <= 64 ? stackalloc char[left.Length] : new char[left.Length];
        left.ToLowerInvariant(lower);
        if (lexicon.HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower)) return true;
        int wordEnd = hyphen + 1;
        while (wordEnd < e && (CharClass.IsWordChar(text[wordEnd]) || CharClass.IsHyphen(text[wordEnd]))) wordEnd++;
        ReadOnlySpan<char> whole = text.AsSpan(pieceStart, wordEnd - pieceStart);
        Span<char> wholeLower = whole.Length <= 64 ? stackalloc char[whole.Length] : new char[whole.Length];
        whole.ToLowerInvariant(wholeLower);
        return lexicon.WholeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(wholeLower);
    }
}
