using System.Collections.Frozen;
using Sitrep.Syntax.Models;

namespace Sitrep.Syntax.Lemmas;

/// <summary>
/// Lemmatizes a tagged word: first an exception lexicon learned from the treebank (keyed by XPOS
/// and lower-cased form: "went"/VBD → "go", "i"/PRP → "I"), then the one lemma a form always had
/// whatever its tag (so a mistagged "children" is still "child"), then the suffix rule learned for
/// the longest matching ending under that XPOS. Proper nouns keep their case; other words are
/// lemmatized in lower case, as UD EWT does. Known lemmas come back as shared strings, so
/// lemmatizing a treebank word allocates nothing.
/// </summary>
public sealed class LemmatizerModel
{
    public const string Kind = "lemmatizer";
    public const int Version = 3;
    public const int MaxSuffix = 5;
    private const int StackLimit = 128;

    public LemmatizerModel(IReadOnlyDictionary<string, string> exceptions, IReadOnlyDictionary<string, LemmaRule> rules, IEnumerable<string> knownLemmas, IReadOnlyDictionary<string, string>? formLemmas = null)
    {
        Exceptions = exceptions.ToFrozenDictionary(StringComparer.Ordinal);
        Rules = rules.ToFrozenDictionary(StringComparer.Ordinal);
        KnownLemmas = knownLemmas.ToFrozenSet(StringComparer.Ordinal);
        FormLemmas = (formLemmas ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
        _endings = KnownLemmas.Where(l => l.Length >= EndingLength).GroupBy(l => l[^EndingLength..], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    /// <summary>How many letters of a lemma's end <see cref="Plausible"/> compares.</summary>
    public const int EndingLength = 4;

    /// <summary>Each <see cref="EndingLength"/>-letter ending of the known lemmas → how many end so.</summary>
    private readonly FrozenDictionary<string, int> _endings;

    /// <summary>Lower-cased form → the only lemma the treebank gives it under any tag but a proper noun's.</summary>
    public FrozenDictionary<string, string> FormLemmas { get; }

    /// <summary>Lemmas seen in the training treebank, used to choose between competing suffix rules.</summary>
    public FrozenSet<string> KnownLemmas { get; }

    /// <summary>Key "XPOS\tlowerform" → lemma.</summary>
    public FrozenDictionary<string, string> Exceptions { get; }

    /// <summary>Key "XPOS\tsuffix" → the rule for words with that ending.</summary>
    public FrozenDictionary<string, LemmaRule> Rules { get; }

    /// <summary>Proper nouns and addresses (URLs, e-mail) keep their case: UD EWT lemmatizes them as written.</summary>
    public static bool KeepsCase(string xpos) => xpos.StartsWith("NNP", StringComparison.Ordinal) || xpos == "ADD";

    public string Lemmatize(ReadOnlySpan<char> form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(xpos);
        int keyLength = xpos.Length + 1 + form.Length;
        Span<char> key = keyLength <= StackLimit ? stackalloc char[keyLength] : new char[keyLength];
        xpos.AsSpan().CopyTo(key);
        key[xpos.Length] = '\t';
        Span<char> lower = key[(xpos.Length + 1)..];
        form.ToLowerInvariant(lower);
        if (Exceptions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out string? lemma)) return lemma;
        bool keepsCase = KeepsCase(xpos);
        if (!keepsCase && FormLemmas.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out lemma)) return lemma;
        ReadOnlySpan<char> source = keepsCase ? form : lower;
        if (xpos == "CD" && IsGroupedNumber(form)) return WithoutCommas(form);
        return Apply(key, xpos.Length + 1, lower.Length, source, UndoesSpelling(xpos));
    }

    /// <summary>Verb forms and comparatives are where a suffix rule may have to restore an "e" or undo a doubled consonant ("provoked", "hotter").</summary>
    private static bool UndoesSpelling(string xpos) => xpos is "VBD" or "VBN" or "VBG" or "VBZ" or "JJR" or "JJS";

    /// <summary>"3,000" and "1,250.5": UD EWT lemmatizes numbers with thousands separators without them.</summary>
    private static bool IsGroupedNumber(ReadOnlySpan<char> form)
    {
        int comma = form.IndexOf(',');
        if (comma is < 1 or > 3) return false;
        int point = form.IndexOf('.');
        ReadOnlySpan<char> whole = point < 0 ? form : form[..point];
        for (int i = 0; i < whole.Length; i++)
        {
            bool commaHere = (whole.Length - i) % 4 == 0;
            if (commaHere ? whole[i] != ',' : !char.IsAsciiDigit(whole[i])) return false;
        }
        if (point < 0) return true;
        foreach (char c in form[(point + 1)..]) if (!char.IsAsciiDigit(c)) return false;
        return point + 1 < form.Length;
    }

    private static string WithoutCommas(ReadOnlySpan<char> form)
    {
        Span<char> digits = stackalloc char[form.Length];
        int n = 0;
        foreach (char c in form) if (c != ',') digits[n++] = c;
        return new string(digits[..n]);
    }

    /// <summary>
    /// Applies the rule of the longest ending that has one, unless a shorter ending's rule yields a
    /// lemma seen in the treebank and the longer one's does not ("bombed": "bomb", not "bombe").
    /// </summary>
    private string Apply(Span<char> key, int formStart, int formLength, ReadOnlySpan<char> source, bool undoesSpelling)
    {
        var lookup = Rules.GetAlternateLookup<ReadOnlySpan<char>>();
        var known = KnownLemmas.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> probe = stackalloc char[formStart + MaxSuffix];
        key[..formStart].CopyTo(probe);
        Span<char> candidate = source.Length + 16 <= StackLimit ? stackalloc char[source.Length + 16] : new char[source.Length + 16];
        LemmaRule? first = null;
        for (int k = Math.Min(MaxSuffix, formLength); k >= 1; k--)
        {
            key.Slice(formStart + formLength - k, k).CopyTo(probe[formStart..]);
            // A rule may only rewrite the ending it was matched on, or rare endings would mangle stems ("closest" → "clogood").
            if (!lookup.TryGetValue(probe[..(formStart + k)], out LemmaRule rule) || rule.Strip > k || rule.Strip >= formLength) continue;
            int stem = source.Length - rule.Strip;
            if (stem + rule.Append.Length <= candidate.Length)
            {
                source[..stem].CopyTo(candidate);
                rule.Append.AsSpan().CopyTo(candidate[stem..]);
                if (known.TryGetValue(candidate[..(stem + rule.Append.Length)], out string? shared)) return shared;
            }
            first ??= rule;
        }
        if (first is { } chosen) return chosen == LemmaRule.Identity || !undoesSpelling ? chosen.Apply(source) : Plausible(chosen.Apply(source));
        return known.TryGetValue(source, out string? same) ? same : source.ToString();
    }

    /// <summary>
    /// An unknown stem a suffix rule left may have lost an "e" or kept a doubled consonant
    /// ("provok", "hott"): of the stem and those repairs, keeps the one whose ending most known
    /// lemmas share ("-voke" over "-vok"), the stem itself on a tie.
    /// </summary>
    private string Plausible(string stem)
    {
        if (stem.Length < EndingLength) return stem;
        var endings = _endings.GetAlternateLookup<ReadOnlySpan<char>>();
        Repair best = Repair.None;
        int bestCount = EndingCount(endings, stem);
        if (stem[^1] == 'e') Consider(Repair.DropLast, EndingCount(endings, stem.AsSpan(0, stem.Length - 1)));
        else
        {
            Span<char> withE = stackalloc char[EndingLength];
            stem.AsSpan(stem.Length - EndingLength + 1).CopyTo(withE);
            withE[^1] = 'e';
            Consider(Repair.AddE, EndingCount(endings, withE));
            if (stem[^1] == stem[^2] && !"aeiouls".Contains(stem[^1], StringComparison.Ordinal))
                Consider(Repair.DropLast, EndingCount(endings, stem.AsSpan(0, stem.Length - 1)));
        }
        return best switch { Repair.DropLast => stem[..^1], Repair.AddE => stem + "e", _ => stem };

        void Consider(Repair repair, int count)
        {
            if (count > bestCount) (best, bestCount) = (repair, count);
        }
    }

    private enum Repair { None, DropLast, AddE }

    private static int EndingCount(FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> endings, ReadOnlySpan<char> lemma) =>
        lemma.Length >= EndingLength && endings.TryGetValue(lemma[^EndingLength..], out int count) ? count : 0;

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path), ModelFile.Encoding);
        ModelFile.WriteHeader(writer, Kind, Version);
        var exceptions = Exceptions.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        writer.Write(exceptions.Length);
        foreach (var e in exceptions) { writer.Write(e.Key); writer.Write(e.Value); }
        var rules = Rules.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        writer.Write(rules.Length);
        foreach (var r in rules) { writer.Write(r.Key); writer.Write((byte)r.Value.Strip); writer.Write(r.Value.Append); }
        ModelFile.WriteStrings(writer, [.. KnownLemmas.Order(StringComparer.Ordinal)]);
        var forms = FormLemmas.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        writer.Write(forms.Length);
        foreach (var f in forms) { writer.Write(f.Key); writer.Write(f.Value); }
    }

    public static LemmatizerModel Read(BinaryReader reader)
    {
        ModelFile.ReadHeader(reader, Kind, Version);
        int count = ModelFile.ReadCount(reader, 1 << 22);
        var exceptions = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string key = reader.ReadString();
            if (!key.Contains('\t')) throw new ModelFormatException($"exception key '{key}' lacks its XPOS");
            exceptions[key] = reader.ReadString();
        }
        count = ModelFile.ReadCount(reader, 1 << 22);
        var rules = new Dictionary<string, LemmaRule>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string key = reader.ReadString();
            rules[key] = new LemmaRule(reader.ReadByte(), reader.ReadString());
        }
        string[] known = ModelFile.ReadStrings(reader, 1 << 22);
        count = ModelFile.ReadCount(reader, 1 << 22);
        var forms = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++) forms[reader.ReadString()] = reader.ReadString();
        return new LemmatizerModel(exceptions, rules, known, forms);
    }
}
