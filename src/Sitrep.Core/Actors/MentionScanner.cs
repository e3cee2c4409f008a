using Sitrep.Documents;
using System.Collections.Immutable;

namespace Sitrep.Actors;

/// <summary>
/// One left-to-right pass over a text's words. At each word it tries a dictionary alias, a
/// demonym or country name with a role noun ("Malian and Russian soldiers"), and a bare role noun
/// ("gunmen"); the longest wins (an alias on ties) and scanning resumes after it.
/// </summary>
internal sealed class MentionScanner(ActorDictionary dictionary, string text, List<WordToken> tokens, WordFlags[] flags, DateOnly? date, string? documentCountry)
{
    private readonly List<ActorMention> _mentions = [];

    // Acronyms the document itself introduces ("Macina Liberation Front (FLM)"), by exact form.
    private readonly Dictionary<string, ActorMention> _local = new(StringComparer.Ordinal);

    private DocumentContext? _context;

    private readonly Dictionary<string, ResolvedActor?> _bareRoles = new(StringComparer.Ordinal);

    // Scratch lists for trie matches, reused at every word; a trie walk never runs inside another of the same trie.
    private readonly List<PhraseMatch<AliasEntry>> _aliasMatches = new(4);
    private readonly List<PhraseMatch<CountryWord>> _countryMatches = new(4);

    private bool Has(int index, WordFlags flag) => index < flags.Length && (flags[index] & flag) != 0;

    private DocumentContext Context => _context ??= new DocumentContext(text, tokens);

    public List<ActorMention> Scan()
    {
        int i = 0;
        while (i < tokens.Count)
        {
            int named = NamedAt(i, emit: false);
            int demonym = DemonymAt(i, emit: false);
            int bare = BareAt(i, emit: false);
            int best = Math.Max(named, Math.Max(demonym, bare));
            int local = best == 0 && _local.Count > 0 && _local.ContainsKey(tokens[i].Exact) ? i + 1 : 0;
            // A new group name must not start with a role noun ("Troops of the Nigerian Army", "Security Forces").
            int fresh = named == 0 && char.IsUpper(text[tokens[i].Start]) && NounAt(i) is null && RoleNounAfter(i, requireJoin: false, bareOnly: false) is null
                ? NewGroupName.At(text, tokens, flags, i) : 0;
            if (fresh > best && fresh > local)
            {
                i = EmitNewGroup(i, fresh);
                continue;
            }
            if (local > 0)
            {
                ActorMention known = _local[tokens[i].Exact];
                Add(i, i + 1, known.ToResolved(), tokens[i].Exact, known.Kind, known.Known);
                i++;
                continue;
            }
            if (best == 0)
            {
                i = AnaphorAt(i) is int anaphorEnd ? anaphorEnd : i + 1;
                continue;
            }
            int end = best == named ? NamedAt(i, emit: true) : best == demonym ? DemonymAt(i, emit: true) : BareAt(i, emit: true);
            i = end > i ? end : i + 1;
        }
        return _mentions;
    }

    /// <summary>"The group" and the like: the last named armed group (inter 2-4) again; returns the end word index, or null.</summary>
    private int? AnaphorAt(int start)
    {
        if (!Has(start, WordFlags.AnaphorStart)) return null;
        if (dictionary.AnaphorTrie.LongestAt(text, tokens, start) is not PhraseMatch<ForceNoun> match) return null;
        ActorMention? antecedent = _mentions.FindLast(m => m.Kind is ActorMatchKind.Alias or ActorMatchKind.NewName && m.Inter is >= 2 and <= 4);
        if (antecedent is null) return null;
        int end = start + match.Length;
        Add(start, end, antecedent.ToResolved(), match.Value.Phrase, ActorMatchKind.Coreference, antecedent.Known);
        return end;
    }

    /// <summary>A capitalised group name the dictionary lacks, plus the acronym it introduces, if any.</summary>
    private int EmitNewGroup(int start, int end)
    {
        string name = string.Join(' ', text[tokens[start].Start..tokens[end - 1].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        // ACLED calls most unnamed-type armed groups political militias; that is the guess until a curator decides.
        var actor = new ResolvedActor(name, ActorTypes.PoliticalMilitia, 3, documentCountry);
        Add(start, end, actor, name, ActorMatchKind.NewName, known: false);
        return RegisterAcronym(end, _mentions[^1]);
    }

    /// <summary>"Name (ACRONYM)": the acronym becomes a name of the same actor for the rest of the document.</summary>
    private int RegisterAcronym(int end, ActorMention mention)
    {
        int acronym = NewGroupName.AcronymAfter(text, tokens, end);
        if (acronym < 0) return end;
        string form = tokens[acronym].Exact;
        if (!_local.ContainsKey(form) && NamedAt(acronym, emit: false) == 0) _local[form] = mention;
        return end;
    }

    /// <summary>A dictionary alias at <paramref name="start"/>; returns the end word index (0 when none).</summary>
    private int NamedAt(int start, bool emit)
    {
        if (!Has(start, WordFlags.AliasStart)) return 0;
        dictionary.AliasTrie.MatchesAt(text, tokens, start, _aliasMatches);
        // RegisterAcronym below walks the alias trie again; the loop returns right after it.
        foreach (PhraseMatch<AliasEntry> match in _aliasMatches)
        {
            if (!CaseRule.Accepts(match.Value.Exact, tokens, start)) continue;
            Actor actor = match.Value.Actor;
            if (match.Value.Rule is AliasRule rule && !rule.Holds(Context.Mentions(rule)))
            {
                if (match.Value.Instead is not Actor instead) continue;
                actor = instead;
            }
            int end = start + match.Length;
            // "the al Qaeda-linked al Shabaab group": a name joined by a hyphen to "linked", "backed" and the like only
            // describes the actor named after it.
            if (DescribesNext(end)) return 0;
            // "ISWAP fighters", "M23 rebels": the role noun belongs to the named actor.
            if (end < tokens.Count && Adjacent(end - 1) && NounAt(end) is PhraseMatch<ForceNoun> noun) end += noun.Length;
            if (emit)
            {
                Add(start, end, new ResolvedActor(dictionary.NameOn(actor, date), actor.Type, actor.Inter, actor.Country), match.Value.Alias, ActorMatchKind.Alias);
                RegisterAcronym(end, _mentions[^1]);
            }
            return end;
        }
        return 0;
    }

    private bool DescribesNext(int end) =>
        end < tokens.Count && tokens[end].Start == tokens[end - 1].End + 1 && text[tokens[end - 1].End] is '-' or '\u2010' or '\u2011'
        && LinkWords.Contains(tokens[end].Key);

    private static readonly ImmutableHashSet<string> LinkWords = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "linked", "affiliated", "allied", "aligned", "backed", "supported", "inspired", "sponsored",
        // "the Houthi-run health ministry", "an RSF-held town": who runs or holds an institution or a place.
        "run", "held", "controlled");

    /// <summary>Demonyms or country names (coordinated with "and", "or" or commas), an optional possessive and modifiers, then a role noun.</summary>
    private int DemonymAt(int start, bool emit)
    {
        if (!IsCountryAt(start)) return 0;
        var refs = new List<CountryRef>(1);
        int j = start;
        while (j < tokens.Count && Has(j, WordFlags.CountryStart) && CountryMatch.At(dictionary, text, tokens, j, includePlaces: false, _countryMatches) is PhraseMatch<CountryWord> country)
        {
            refs.Add(new CountryRef(j, j + country.Length, country.Value));
            j += country.Length;
            if (j < tokens.Count && tokens[j].IsPossessive && Adjacent(j - 1)) { j++; break; }
            if (j + 1 < tokens.Count && tokens[j].Key is "and" or "or" && Adjacent(j - 1) && Adjacent(j) && IsCountryAt(j + 1)) { j++; continue; }
            if (j < tokens.Count && text[tokens[j - 1].End..tokens[j].Start].Trim() == "," && IsCountryAt(j)) continue;
            break;
        }
        if (refs.Count == 0 || RoleNounAfter(j, requireJoin: true, bareOnly: false) is not NounHit hit) return 0;
        if (emit)
        {
            for (int r = 0; r < refs.Count; r++)
            {
                CountryRef cr = refs[r];
                ResolvedActor? actor = ActorRoleResolver.Resolve(dictionary, hit.Noun.Role, cr.Word.Iso3, date, documentCountry);
                if (actor is null) continue;
                int spanEnd = r == refs.Count - 1 ? hit.End : cr.End;
                Add(cr.Start, spanEnd, actor, $"{cr.Word.Form} {hit.Noun.Phrase}", ActorMatchKind.Demonym);
            }
        }
        return hit.End;
    }

    /// <summary>Modifiers and a role noun that codes an actor on its own ("suspected jihadists", "villagers").</summary>
    private int BareAt(int start, bool emit)
    {
        if (RoleNounAfter(start, requireJoin: false, bareOnly: true) is not NounHit hit) return 0;
        ResolvedActor? actor = ResolveForDocument(hit.Noun.Role);
        if (actor is null) return 0;
        if (emit) Add(start, hit.End, actor, hit.Noun.Phrase, ActorMatchKind.Generic);
        return hit.End;
    }

    /// <summary>The actor a bare role noun codes in this document; the same few roles recur, so each is resolved once.</summary>
    private ResolvedActor? ResolveForDocument(string role)
    {
        if (_bareRoles.TryGetValue(role, out ResolvedActor? known)) return known;
        ResolvedActor? actor = ActorRoleResolver.Resolve(dictionary, role, documentCountry, date, documentCountry);
        _bareRoles[role] = actor;
        return actor;
    }

    /// <summary>A role noun at <paramref name="start"/>, possibly after modifier words ("suspected", "heavily armed").</summary>
    private NounHit? RoleNounAfter(int start, bool requireJoin, bool bareOnly)
    {
        for (int p = start; p < tokens.Count; p++)
        {
            if ((p > start || requireJoin) && (p == 0 || !Adjacent(p - 1))) return null;
            if (NounAt(p) is PhraseMatch<ForceNoun> noun && noun.Value.Role != ForceNoun.Member && (!bareOnly || noun.Value.Bare))
                return new NounHit(noun.Value, p + noun.Length);
            if (!Has(p, WordFlags.Modifier)) return null;
        }
        return null;
    }

    private PhraseMatch<ForceNoun>? NounAt(int index)
    {
        if (!Has(index, WordFlags.NounStart)) return null;
        return dictionary.NounTrie.LongestAt(text, tokens, index);
    }

    private bool IsCountryAt(int index) => Has(index, WordFlags.CountryStart) && CountryMatch.At(dictionary, text, tokens, index, includePlaces: false, _countryMatches) is not null;

    /// <summary>Whether word <paramref name="index"/> and the next one are part of one phrase.</summary>
    private bool Adjacent(int index) => index + 1 < tokens.Count && ActorTokenizer.Adjacent(text, tokens[index], tokens[index + 1]);

    private void Add(int startWord, int endWord, ResolvedActor actor, string alias, ActorMatchKind kind, bool known = true)
    {
        var span = new Span(tokens[startWord].Start, tokens[endWord - 1].End);
        _mentions.Add(new ActorMention(span, span.TextOf(text), actor.Name, actor.Type, actor.Inter, actor.Country, alias, kind) { Known = known });
    }

    private readonly record struct CountryRef(int Start, int End, CountryWord Word);

    private readonly record struct NounHit(ForceNoun Noun, int End);
}
