using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Errors;
using Sitrep.Events;

namespace Sitrep.Actors;

/// <summary>
/// Sitrep's actor dictionary: named actors with aliases, state and generic actors generated for
/// every country, regime periods and dated relations. Loaded once from <c>data/actors/</c>,
/// validated (a bad line is reported with file and line), immutable and safe to share across threads.
/// </summary>
public sealed class ActorDictionary
{
    private readonly FrozenDictionary<string, ImmutableArray<Actor>> _byKey;
    private readonly FrozenDictionary<string, Actor> _byCountryRole;
    private readonly FrozenDictionary<string, ImmutableArray<RegimePeriod>> _regimes;
    private readonly FrozenDictionary<string, CountryInfo> _countries;
    private readonly FrozenDictionary<string, WordFlags> _wordFlags;

    internal ActorDictionary(ActorDictionaryParts parts)
    {
        Version = parts.Version;
        Actors = parts.Actors;
        Countries = parts.Countries;
        Templates = parts.Templates;
        Regimes = parts.Regimes;
        Relations = parts.Relations;
        ForceNouns = parts.ForceNouns;
        AliasRules = parts.AliasRules;
        _countries = parts.Countries.ToFrozenDictionary(c => c.Iso3, StringComparer.Ordinal);
        _regimes = parts.Regimes.GroupBy(r => r.Country, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(r => r.Start).ToImmutableArray(), StringComparer.Ordinal);
        _byCountryRole = parts.Actors.Where(a => a.Role is not null && a.Country is not null)
            .ToFrozenDictionary(a => CountryRoleKey(a.Country!, a.Role!), StringComparer.Ordinal);
        _byKey = parts.AliasEntries.GroupBy(e => ActorTokenizer.Key(e.Alias), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Actor).Distinct().ToImmutableArray(), StringComparer.Ordinal);
        AliasTrie = parts.AliasTrie;
        CountryTrie = parts.CountryTrie;
        NounTrie = parts.NounTrie;
        AnaphorTrie = parts.AnaphorTrie;
        Modifiers = parts.ForceNouns.Where(n => n.Role == ForceNoun.Modifier).Select(n => ActorTokenizer.Key(n.Phrase)).ToFrozenSet(StringComparer.Ordinal);
        GroupHeads = parts.ForceNouns.Where(n => n.Role == ForceNoun.GroupHead).Select(n => ActorTokenizer.Key(n.Phrase)).ToFrozenSet(StringComparer.Ordinal);
        NameConnectors = parts.ForceNouns.Where(n => n.Role == ForceNoun.NameConnector).Select(n => ActorTokenizer.Key(n.Phrase)).ToFrozenSet(StringComparer.Ordinal);
        NonGroupWords = parts.ForceNouns.Where(n => n.Role == ForceNoun.NonGroup).Select(n => ActorTokenizer.Key(n.Phrase)).ToFrozenSet(StringComparer.Ordinal);
        TemplatesByRole = parts.Templates.ToFrozenDictionary(t => t.Role, StringComparer.Ordinal);
        var flags = new Dictionary<string, WordFlags>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, WordFlags flag)
        {
            foreach (string word in words) flags[word] = flags.GetValueOrDefault(word) | flag;
        }
        Mark(AliasTrie.FirstWords, WordFlags.AliasStart);
        Mark(CountryTrie.FirstWords, WordFlags.CountryStart);
        Mark(NounTrie.FirstWords, WordFlags.NounStart);
        Mark(AnaphorTrie.FirstWords, WordFlags.AnaphorStart);
        Mark(Modifiers, WordFlags.Modifier);
        Mark(GroupHeads, WordFlags.GroupHead);
        Mark(NameConnectors, WordFlags.NameConnector);
        Mark(NonGroupWords, WordFlags.NonGroup);
        _wordFlags = flags.ToFrozenDictionary(StringComparer.Ordinal);
        PmcActors = [.. parts.Actors.Where(a => a.Roles.Any(r => r.StartsWith(ForceNoun.Pmc + ":", StringComparison.Ordinal)))];
    }

    /// <summary>The contents of data/actors/VERSION.</summary>
    public string Version { get; }
    public ImmutableArray<Actor> Actors { get; }
    public ImmutableArray<CountryInfo> Countries { get; }
    public ImmutableArray<ActorTemplate> Templates { get; }
    public ImmutableArray<RegimePeriod> Regimes { get; }
    public ImmutableArray<ActorRelation> Relations { get; }
    public ImmutableArray<ForceNoun> ForceNouns { get; }

    /// <summary>Conditions on ambiguous aliases ("RSF" unless the article is about Reporters Without Borders).</summary>
    public ImmutableArray<AliasRule> AliasRules { get; }

    internal PhraseTrie<AliasEntry> AliasTrie { get; }
    internal PhraseTrie<CountryWord> CountryTrie { get; }
    internal PhraseTrie<ForceNoun> NounTrie { get; }
    internal PhraseTrie<ForceNoun> AnaphorTrie { get; }
    internal FrozenSet<string> Modifiers { get; }
    internal FrozenSet<string> GroupHeads { get; }
    internal FrozenSet<string> NameConnectors { get; }
    internal FrozenSet<string> NonGroupWords { get; }
    internal FrozenDictionary<string, ActorTemplate> TemplatesByRole { get; }

    /// <summary>For each word of a text, what it can begin; most words begin nothing.</summary>
    internal WordFlags[] FlagsOf(IReadOnlyList<WordToken> tokens)
    {
        var result = new WordFlags[tokens.Count];
        for (int i = 0; i < result.Length; i++) result[i] = _wordFlags.GetValueOrDefault(tokens[i].Key);
        return result;
    }

    /// <summary>The few actors with a pmc:ISO3 role, so "mercenaries" need not scan every actor.</summary>
    internal ImmutableArray<Actor> PmcActors { get; }

    /// <summary>Loads and validates every file of an actor data folder; problems name file and line.</summary>
    public static ActorDictionaryLoadResult Load(string folder) => ActorDataLoader.Load(folder);

    /// <summary>Loads a folder known to be valid (the bundled data); a problem there is a bug, so it throws.</summary>
    public static ActorDictionary LoadOrThrow(string folder)
    {
        ActorDictionaryLoadResult result = Load(folder);
        return result.Dictionary ?? throw new ActorDataException(result.Problems);
    }

    public CountryInfo? Country(string iso3) => _countries.GetValueOrDefault(iso3);

    /// <summary>The actors a name or alias denotes (usually one; empty when unknown). A trailing regime period is ignored.</summary>
    public ImmutableArray<Actor> Resolve(string nameOrAlias)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        string key = ActorTokenizer.Key(StripRegime(nameOrAlias));
        return _byKey.TryGetValue(key, out ImmutableArray<Actor> actors) ? actors : [];
    }

    /// <summary>The actor generated for a country and template role ("military", "civilians" …).</summary>
    public Actor? ForCountry(string iso3, string role) => _byCountryRole.GetValueOrDefault(CountryRoleKey(iso3, role));

    /// <summary>The regime of a country on a date; the latest one when the date is unknown; null before the first.</summary>
    public RegimePeriod? RegimeOn(string iso3, DateOnly? date)
    {
        if (!_regimes.TryGetValue(iso3, out ImmutableArray<RegimePeriod> periods)) return null;
        if (date is not DateOnly d) return periods[^1];
        foreach (RegimePeriod period in periods)
        {
            if (period.Contains(d)) return period;
        }
        return null;
    }

    /// <summary>The actor's name on an event date: "Military Forces of Mali (2021-)" for state actors with regimes.</summary>
    public string NameOn(Actor actor, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.HasRegimes || actor.Country is null) return actor.Name;
        return RegimeOn(actor.Country, date) is RegimePeriod regime ? $"{actor.Name} ({regime.Label})" : actor.Name;
    }

    /// <summary>The relations of an actor (as subject or object) that hold on a date, optionally in one country.</summary>
    public IEnumerable<ActorRelation> RelationsOf(Actor actor, DateOnly? date, string? country = null) =>
        Relations.Where(r => (r.Subject == actor.Name || r.Object == actor.Name) && r.HoldsOn(date, country));

    /// <summary>The actor as an event carries it, named for the date.</summary>
    public ActorRef ToRef(Actor actor, DateOnly? date)
    {
        string name = NameOn(actor, date);
        ImmutableArray<string> aliases = name == actor.Name ? actor.Aliases : actor.Aliases.Insert(0, actor.Name);
        return new ActorRef { Name = name, Aliases = aliases, Type = actor.Type, Inter = actor.Inter, Country = actor.Country };
    }

    /// <summary>The key two names are compared by: accents, case, punctuation and a trailing regime period ignored.</summary>
    public static string NameKey(string name) => ActorTokenizer.Key(StripRegime(name));

    /// <summary>"Military Forces of Sudan (2011-2019, Omar al-Bashir)" → "Military Forces of Sudan".</summary>
    public static string StripRegime(string name)
    {
        string trimmed = name.TrimEnd();
        if (!trimmed.EndsWith(')')) return trimmed;
        int open = trimmed.LastIndexOf('(');
        if (open <= 0) return trimmed;
        string inside = trimmed[(open + 1)..^1];
        return inside.Length >= 4 && char.IsDigit(inside[0]) && inside.Take(4).All(char.IsDigit) ? trimmed[..open].TrimEnd() : trimmed;
    }

    private static string CountryRoleKey(string iso3, string role) => iso3 + "/" + role;
}

/// <summary>A loaded dictionary, or the problems that prevented loading it.</summary>
public sealed record ActorDictionaryLoadResult(ActorDictionary? Dictionary, ImmutableArray<Problem> Problems)
{
    public bool Succeeded => Dictionary is not null;
}

/// <summary>The bundled actor data is invalid: a packaging bug, reported with every problem found.</summary>
public sealed class ActorDataException(IReadOnlyList<Problem> problems)
    : Exception("Invalid actor data:\n" + string.Join("\n", problems.Select(p => p.ToString())))
{
    public IReadOnlyList<Problem> Problems { get; } = problems;
}
