using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Actors;

/// <summary>Reads alias_rules.tsv, checking each rule against the actors already loaded, and attaches the rules to the alias entries.</summary>
internal static class AliasRuleReader
{
    public static ImmutableArray<AliasRule> Read(string path, ActorTable actors, List<Problem> problems)
    {
        var result = ImmutableArray.CreateBuilder<AliasRule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (TsvRow row in TsvTable.Read(path, ["alias", "actor", "rule", "context", "instead", "note"], problems))
        {
            string? owner = actors.OwnerOf(row[0]);
            if (owner is null || ActorTokenizer.Key(owner) != ActorTokenizer.Key(row[1]))
            { problems.Add(TsvTable.Invalid(path, row.Line, $"'{row[0]}' is not a name or alias of '{row[1]}'" + (owner is null ? "" : $" (it means '{owner}')"))); continue; }
            if (!seen.Add(ActorTokenizer.Key(row[0]))) { problems.Add(TsvTable.Invalid(path, row.Line, $"alias '{row[0]}' has a rule already")); continue; }
            AliasRuleKind? kind = row[2] switch { AliasRule.UnlessWord => AliasRuleKind.Unless, AliasRule.RequiresWord => AliasRuleKind.Requires, _ => null };
            if (kind is null) { problems.Add(TsvTable.Invalid(path, row.Line, $"rule must be '{AliasRule.UnlessWord}' or '{AliasRule.RequiresWord}', not '{row[2]}'")); continue; }
            ImmutableArray<string> context = [.. TsvTable.List(row[3])];
            if (context.IsEmpty || context.Any(p => ActorTokenizer.Key(p).Length == 0)) { problems.Add(TsvTable.Invalid(path, row.Line, "context must list phrases with letters or digits")); continue; }
            string? instead = row[4].Length > 0 ? row[4] : null;
            if (instead is not null && (!actors.Contains(instead) || ActorTokenizer.Key(instead) == ActorTokenizer.Key(row[1])))
            { problems.Add(TsvTable.Invalid(path, row.Line, $"instead names '{instead}', which is not another known actor")); continue; }
            result.Add(new AliasRule(row[0], owner, kind.Value, context, instead, row[5].Length > 0 ? row[5] : null));
        }
        return result.ToImmutable();
    }

    public static ImmutableArray<AliasEntry> Attach(ImmutableArray<AliasEntry> entries, ImmutableArray<AliasRule> rules, ImmutableArray<Actor> actors)
    {
        if (rules.IsEmpty) return entries;
        var byKey = rules.ToDictionary(r => ActorTokenizer.Key(r.Alias), StringComparer.Ordinal);
        var byName = actors.ToDictionary(a => ActorTokenizer.Key(a.Name), StringComparer.Ordinal);
        return [.. entries.Select(e =>
            byKey.TryGetValue(ActorTokenizer.Key(e.Alias), out AliasRule? rule) && rule.Actor == e.Actor.Name
                ? e with { Rule = rule, Instead = rule.Instead is null ? null : byName[ActorTokenizer.Key(rule.Instead)] }
                : e)];
    }
}
