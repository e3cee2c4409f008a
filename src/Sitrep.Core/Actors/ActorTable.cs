using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Actors;

/// <summary>
/// Collects actors while the loader reads the files: generated per-country actors first, then
/// curated and converted rows. Enforces one actor per canonical name (a row naming a generated
/// actor adds aliases to it) and one meaning per alias, naming the line of each conflict.
/// </summary>
internal sealed class ActorTable(HashSet<string> countries)
{
    private static readonly string[] Columns = ["name", "type", "country", "aliases", "roles", "active", "note"];

    private readonly List<Actor> _actors = [];
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AliasOwner> _aliases = new(StringComparer.Ordinal);

    public bool Contains(string name) => _byName.ContainsKey(ActorTokenizer.Key(name));

    /// <summary>The canonical name of the actor an alias or name denotes, or null.</summary>
    public string? OwnerOf(string alias) =>
        _aliases.TryGetValue(ActorTokenizer.Key(alias), out AliasOwner? owner) ? _actors[owner.Index].Name : null;

    public void AddGenerated(CountryInfo country, ActorTemplate template)
    {
        ActorTypes.TryGetInter(template.Type, out int inter);
        var actor = new Actor
        {
            Name = template.NameFor(country), Type = template.Type, Inter = inter, Country = country.Iso3,
            Role = template.Role, HasRegimes = template.HasRegimes, Source = "generated",
        };
        string key = ActorTokenizer.Key(actor.Name);
        if (_byName.ContainsKey(key)) return;
        _byName[key] = _actors.Count;
        _aliases[key] = new AliasOwner(_actors.Count, "generated from " + country.Iso3);
        _actors.Add(actor);
    }

    public void ReadFile(string path, string source, List<Problem> problems)
    {
        foreach (TsvRow row in TsvTable.Read(path, Columns, problems))
        {
            Actor? actor = Parse(path, row, source, problems);
            if (actor is null) continue;
            string where = $"{Path.GetFileName(path)}:{row.Line}";
            string key = ActorTokenizer.Key(actor.Name);
            int index;
            if (_byName.TryGetValue(key, out int existing))
            {
                Actor old = _actors[existing];
                if (old.Source != "generated")
                {
                    problems.Add(TsvTable.Invalid(path, row.Line, $"actor '{actor.Name}' is defined twice (first at {_aliases[key].Where})"));
                    continue;
                }
                if (old.Type != actor.Type || old.Country != actor.Country)
                {
                    problems.Add(TsvTable.Invalid(path, row.Line, $"'{actor.Name}' is generated as {old.Type} of {old.Country}; this row says {actor.Type} of {actor.Country ?? "no country"}"));
                    continue;
                }
                index = existing;
                _actors[index] = old with { Aliases = old.Aliases.AddRange(actor.Aliases), Source = "generated+" + source, Note = actor.Note };
            }
            else
            {
                if (_aliases.TryGetValue(key, out AliasOwner? owner))
                {
                    problems.Add(TsvTable.Invalid(path, row.Line, $"name '{actor.Name}' is already an alias of '{_actors[owner.Index].Name}' ({owner.Where})"));
                    continue;
                }
                index = _actors.Count;
                _byName[key] = index;
                _aliases[key] = new AliasOwner(index, where);
                _actors.Add(actor);
            }
            foreach (string alias in actor.Aliases)
            {
                string aliasKey = ActorTokenizer.Key(alias);
                if (aliasKey.Length == 0) { problems.Add(TsvTable.Invalid(path, row.Line, $"alias '{alias}' has no letters or digits")); continue; }
                if (_aliases.TryGetValue(aliasKey, out AliasOwner? owner) && owner.Index != index)
                {
                    problems.Add(TsvTable.Invalid(path, row.Line, $"alias '{alias}' of '{actor.Name}' already means '{_actors[owner.Index].Name}' ({owner.Where})"));
                    continue;
                }
                _aliases[aliasKey] = new AliasOwner(index, where);
            }
        }
    }

    private Actor? Parse(string path, TsvRow row, string source, List<Problem> problems)
    {
        if (row[0].Length == 0) { problems.Add(TsvTable.Invalid(path, row.Line, "actor name is empty")); return null; }
        if (!ActorTypes.TryGetInter(row[1], out int inter))
        {
            problems.Add(TsvTable.Invalid(path, row.Line, $"unknown actor type '{row[1]}' (one of: {string.Join(", ", ActorTypes.All)})"));
            return null;
        }
        if (row[2].Length > 0 && !countries.Contains(row[2])) { problems.Add(TsvTable.Invalid(path, row.Line, $"unknown country '{row[2]}'")); return null; }
        ImmutableArray<string> roles = [.. TsvTable.List(row[4])];
        foreach (string role in roles)
        {
            string[] parts = role.Split(':');
            if (parts.Length != 2 || parts[0] != ForceNoun.Pmc || !countries.Contains(parts[1]))
            {
                problems.Add(TsvTable.Invalid(path, row.Line, $"role '{role}' must be pmc:ISO3 with a known country"));
                return null;
            }
        }
        if (!DateRange.TryParse(row[5], out DateRange active, out string error)) { problems.Add(TsvTable.Invalid(path, row.Line, error)); return null; }
        return new Actor
        {
            Name = row[0], Type = row[1], Inter = inter, Country = row[2].Length > 0 ? row[2] : null,
            Aliases = [.. TsvTable.List(row[3]).Where(a => a != row[0]).Distinct(StringComparer.Ordinal)],
            Roles = roles, Active = active, Source = source, Note = row[6].Length > 0 ? row[6] : null,
        };
    }

    public ImmutableArray<AliasEntry> AliasEntries()
    {
        var entries = ImmutableArray.CreateBuilder<AliasEntry>();
        foreach (Actor actor in _actors)
        {
            foreach (string name in actor.Aliases.Prepend(actor.Name))
                entries.Add(new AliasEntry(actor, name, CaseRule.ExactWords(name)));
        }
        return entries.ToImmutable();
    }

    public ImmutableArray<Actor> Build() => [.. _actors];

    private sealed record AliasOwner(int Index, string Where);
}
