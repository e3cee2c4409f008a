using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Errors;

namespace Sitrep.Actors;

/// <summary>
/// Reads the files of data/actors in dependency order (countries and templates, then actors,
/// regimes, relations and force nouns), validating each line against what came before.
/// </summary>
internal static partial class ActorDataLoader
{
    public const string CountriesFile = "countries.tsv";
    public const string TemplatesFile = "templates.tsv";
    public const string ActorsFile = "actors.tsv";
    public const string PhoenixFile = "actors.phoenix.tsv";
    public const string GroupsFolder = "groups";
    public const string AliasRulesFile = "alias_rules.tsv";
    public const string RegimesFile = "regimes.tsv";
    public const string RelationsFile = "relations.tsv";
    public const string ForceNounsFile = "force_nouns.tsv";

    public static ActorDictionaryLoadResult Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var problems = new List<Problem>();
        if (!Directory.Exists(folder))
            return new ActorDictionaryLoadResult(null, [new Problem(ErrorCodes.DataFileMissing, folder, "actor data folder not found")]);
        string versionPath = Path.Combine(folder, "VERSION");
        string version = File.Exists(versionPath) ? File.ReadAllText(versionPath).Trim() : "unversioned";

        ImmutableArray<CountryInfo> countries = ReadCountries(Path.Combine(folder, CountriesFile), problems);
        var known = countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        ImmutableArray<ActorTemplate> templates = ReadTemplates(Path.Combine(folder, TemplatesFile), problems);
        var actors = new ActorTable(known);
        foreach (CountryInfo country in countries)
        {
            foreach (ActorTemplate template in templates) actors.AddGenerated(country, template);
        }
        actors.ReadFile(Path.Combine(folder, ActorsFile), "curated", problems);
        foreach (string file in CuratedGroupFiles(folder)) actors.ReadFile(file, "curated", problems);
        actors.ReadFile(Path.Combine(folder, PhoenixFile), "phoenix", problems);
        ImmutableArray<RegimePeriod> regimes = ReadRegimes(Path.Combine(folder, RegimesFile), known, problems);
        ImmutableArray<ActorRelation> relations = ReadRelations(Path.Combine(folder, RelationsFile), actors, known, problems);
        var roles = templates.Select(t => t.Role).Append(ForceNoun.Pmc).Append(ForceNoun.Member).Append(ForceNoun.Modifier).Append(ForceNoun.GroupHead).Append(ForceNoun.NameConnector).Append(ForceNoun.NonGroup).Append(ForceNoun.Anaphor).ToHashSet(StringComparer.Ordinal);
        ImmutableArray<ForceNoun> nouns = ReadForceNouns(Path.Combine(folder, ForceNounsFile), roles, problems);
        ImmutableArray<AliasRule> rules = AliasRuleReader.Read(Path.Combine(folder, AliasRulesFile), actors, problems);
        if (problems.Count > 0) return new ActorDictionaryLoadResult(null, [.. problems]);

        ImmutableArray<AliasEntry> aliases = AliasRuleReader.Attach(actors.AliasEntries(), rules, actors.Build());
        var aliasTrie = new PhraseTrie<AliasEntry>.Builder();
        foreach (AliasEntry entry in aliases) aliasTrie.Add(Keys(entry.Alias), entry);
        var nounTrie = new PhraseTrie<ForceNoun>.Builder();
        foreach (ForceNoun noun in nouns.Where(n => !ForceNoun.IsWordList(n.Role))) nounTrie.Add(Keys(noun.Phrase), noun);
        var anaphorTrie = new PhraseTrie<ForceNoun>.Builder();
        foreach (ForceNoun noun in nouns.Where(n => n.Role == ForceNoun.Anaphor)) anaphorTrie.Add(Keys(noun.Phrase), noun);
        var parts = new ActorDictionaryParts(version, actors.Build(), countries, templates, regimes, relations, nouns,
            aliases, rules, aliasTrie.Build(), BuildCountryTrie(countries), nounTrie.Build(), anaphorTrie.Build());
        return new ActorDictionaryLoadResult(new ActorDictionary(parts), []);
    }

    /// <summary>The regional files of curated armed groups (groups/*.tsv), in a fixed order so conflicts always name the same line.</summary>
    internal static IEnumerable<string> CuratedGroupFiles(string folder)
    {
        string groups = Path.Combine(folder, GroupsFolder);
        return Directory.Exists(groups)
            ? Directory.EnumerateFiles(groups, "*.tsv").Order(StringComparer.Ordinal)
            : [];
    }

    internal static string[] Keys(string phrase) => [.. ActorTokenizer.Tokenize(phrase).Select(t => t.Key)];

    private static PhraseTrie<CountryWord> BuildCountryTrie(ImmutableArray<CountryInfo> countries)
    {
        var trie = new PhraseTrie<CountryWord>.Builder();
        foreach (CountryInfo c in countries)
        {
            foreach (string name in c.Names.Prepend(c.Name)) trie.Add(Keys(name), new CountryWord(c.Iso3, CountryWordKind.Name, name, CaseRule.ExactWords(name)));
            foreach (string demonym in c.Demonyms) trie.Add(Keys(demonym), new CountryWord(c.Iso3, CountryWordKind.Demonym, demonym, CaseRule.ExactWords(demonym)));
            foreach (string place in c.Places) trie.Add(Keys(place), new CountryWord(c.Iso3, CountryWordKind.Place, place, CaseRule.ExactWords(place)));
        }
        return trie.Build();
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    internal static partial Regex Iso3Pattern();

    private static ImmutableArray<CountryInfo> ReadCountries(string path, List<Problem> problems)
    {
        var result = ImmutableArray.CreateBuilder<CountryInfo>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (TsvRow row in TsvTable.Read(path, ["iso3", "name", "article", "names", "demonyms", "places"], problems))
        {
            string iso = row[0];
            if (!Iso3Pattern().IsMatch(iso)) { problems.Add(TsvTable.Invalid(path, row.Line, $"'{iso}' is not an ISO 3166-1 alpha-3 code")); continue; }
            if (!seen.Add(iso)) { problems.Add(TsvTable.Invalid(path, row.Line, $"country {iso} listed twice")); continue; }
            if (row[1].Length == 0) { problems.Add(TsvTable.Invalid(path, row.Line, "country name is empty")); continue; }
            if (row[2] is not ("" or "the")) { problems.Add(TsvTable.Invalid(path, row.Line, $"article must be empty or 'the', not '{row[2]}'")); continue; }
            result.Add(new CountryInfo
            {
                Iso3 = iso, Name = row[1], Article = row[2],
                Names = [.. TsvTable.List(row[3])], Demonyms = [.. TsvTable.List(row[4])], Places = [.. TsvTable.List(row[5])],
            });
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<ActorTemplate> ReadTemplates(string path, List<Problem> problems)
    {
        var result = ImmutableArray.CreateBuilder<ActorTemplate>();
        foreach (TsvRow row in TsvTable.Read(path, ["role", "name", "type", "regimes"], problems))
        {
            if (row[0].Length == 0 || result.Any(t => t.Role == row[0])) { problems.Add(TsvTable.Invalid(path, row.Line, $"role '{row[0]}' is empty or listed twice")); continue; }
            if (!row[1].Contains("{country}", StringComparison.Ordinal) && !row[1].Contains("{the country}", StringComparison.Ordinal))
            { problems.Add(TsvTable.Invalid(path, row.Line, "name must contain {country} or {the country}")); continue; }
            if (!ActorTypes.TryGetInter(row[2], out _)) { problems.Add(TsvTable.Invalid(path, row.Line, $"unknown actor type '{row[2]}' (one of: {string.Join(", ", ActorTypes.All)})")); continue; }
            if (row[3] is not ("yes" or "no")) { problems.Add(TsvTable.Invalid(path, row.Line, $"regimes must be yes or no, not '{row[3]}'")); continue; }
            result.Add(new ActorTemplate(row[0], row[1], row[2], row[3] == "yes"));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<RegimePeriod> ReadRegimes(string path, HashSet<string> countries, List<Problem> problems)
    {
        var result = new List<RegimePeriod>();
        foreach (TsvRow row in TsvTable.Read(path, ["country", "label", "start", "end", "leader"], problems))
        {
            if (!countries.Contains(row[0])) { problems.Add(TsvTable.Invalid(path, row.Line, $"unknown country '{row[0]}'")); continue; }
            if (row[1].Length == 0) { problems.Add(TsvTable.Invalid(path, row.Line, "label is empty")); continue; }
            if (row[2].Length != 10 || !DateRange.TryParseDay(row[2], out DateOnly start)) { problems.Add(TsvTable.Invalid(path, row.Line, $"start '{row[2]}' is not a YYYY-MM-DD date")); continue; }
            DateOnly? end = null;
            if (row[3].Length > 0)
            {
                if (row[3].Length != 10 || !DateRange.TryParseDay(row[3], out DateOnly e)) { problems.Add(TsvTable.Invalid(path, row.Line, $"end '{row[3]}' is not a YYYY-MM-DD date")); continue; }
                if (e <= start) { problems.Add(TsvTable.Invalid(path, row.Line, $"end {row[3]} is not after start {row[2]}")); continue; }
                end = e;
            }
            var period = new RegimePeriod(row[0], row[1], start, end, row[4]);
            RegimePeriod? clash = result.FirstOrDefault(p => p.Country == period.Country && p.Start < (period.End ?? DateOnly.MaxValue) && period.Start < (p.End ?? DateOnly.MaxValue));
            if (clash is not null) { problems.Add(TsvTable.Invalid(path, row.Line, $"period {period.Label} overlaps {clash.Label} of {clash.Country}")); continue; }
            result.Add(period);
        }
        return [.. result];
    }

    private static ImmutableArray<ActorRelation> ReadRelations(string path, ActorTable actors, HashSet<string> countries, List<Problem> problems)
    {
        var result = ImmutableArray.CreateBuilder<ActorRelation>();
        foreach (TsvRow row in TsvTable.Read(path, ["subject", "relation", "object", "country", "start", "end", "note"], problems))
        {
            if (!actors.Contains(row[0])) { problems.Add(TsvTable.Invalid(path, row.Line, $"unknown actor '{row[0]}'")); continue; }
            if (!ActorRelation.Kinds.Contains(row[1])) { problems.Add(TsvTable.Invalid(path, row.Line, $"unknown relation '{row[1]}' (one of: {string.Join(", ", ActorRelation.Kinds)})")); continue; }
            if (!actors.Contains(row[2])) { problems.Add(TsvTable.Invalid(path, row.Line, $"unknown actor '{row[2]}'")); continue; }
            if (row[3].Length > 0 && !countries.Contains(row[3])) { problems.Add(TsvTable.Invalid(path, row.Line, $"unknown country '{row[3]}'")); continue; }
            if (!DateRange.TryParse($"{row[4]}..{row[5]}", out DateRange period, out string error)) { problems.Add(TsvTable.Invalid(path, row.Line, error)); continue; }
            result.Add(new ActorRelation(row[0], row[1], row[2], row[3].Length > 0 ? row[3] : null, period, row[6].Length > 0 ? row[6] : null));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<ForceNoun> ReadForceNouns(string path, HashSet<string> roles, List<Problem> problems)
    {
        var result = ImmutableArray.CreateBuilder<ForceNoun>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (TsvRow row in TsvTable.Read(path, ["phrase", "role", "bare"], problems))
        {
            string key = ActorTokenizer.Key(row[0]);
            // A word may be both a role noun and the head of group names ("army"), so heads count apart.
            if (key.Length == 0 || !seen.Add(ForceNoun.IsWordList(row[1]) && row[1] != ForceNoun.Modifier ? row[1] + ":" + key : key)) { problems.Add(TsvTable.Invalid(path, row.Line, $"phrase '{row[0]}' is empty or listed twice")); continue; }
            if (!roles.Contains(row[1])) { problems.Add(TsvTable.Invalid(path, row.Line, $"unknown role '{row[1]}' (one of: {string.Join(", ", roles)})")); continue; }
            bool modifier = ForceNoun.IsWordList(row[1]) && row[1] != ForceNoun.GroupHead;
            if (!modifier && row[2] is not ("yes" or "no")) { problems.Add(TsvTable.Invalid(path, row.Line, $"bare must be yes or no, not '{row[2]}'")); continue; }
            result.Add(new ForceNoun(row[0], row[1], row[2] == "yes"));
        }
        return result.ToImmutable();
    }
}
