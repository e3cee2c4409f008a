using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Errors;
using Sitrep.Lexicons;

namespace Sitrep.Entities;

/// <summary>
/// The facility, military-unit and weapon rules of data/lexicons/entity-rules.en.tsv, validated at load.
/// No corpus the recogniser learns from labels FAC or MILITARY_UNIT, and re3d's few weapons are too few
/// to learn from, so these mentions come from words that name such things ("... airport", "... prison",
/// "3rd Infantry Division", "Camp ...", "AK-47"),
/// applied after the statistical model (<see cref="EntityRuleMatcher"/>).
/// </summary>
public sealed class EntityRules
{
    public const string FileName = "entity-rules.en.tsv";

    private static readonly FrozenSet<string> Kinds =
        new[] { "after-name", "after-ordinal", "before-name", "weapon", "ordinal", "not-name", "description" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RuleLabels = new[] { "FAC", "MILITARY_UNIT", "WEAPON" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<EntityRules> DefaultLazy = new(() => Load(FileName, LexiconFile.ReadEmbedded(FileName)).OrThrow());

    private EntityRules(IEnumerable<EntityRule> rules, IEnumerable<string> ordinals, IEnumerable<string> notName, IEnumerable<string> description)
    {
        Description = description.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        ByFirstWord = rules.GroupBy(r => r.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(r => r.Words.Length).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
        Ordinals = ordinals.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        NotName = notName.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The rules shipped with Sitrep, loaded and validated once.</summary>
    public static EntityRules Default => DefaultLazy.Value;

    /// <summary>No rules: the recogniser's mentions as the model finds them.</summary>
    public static EntityRules None { get; } = new([], [], [], []);

    /// <summary>Rules by the first word of their phrase (any case), longest phrase first.</summary>
    internal FrozenDictionary<string, ImmutableArray<EntityRule>> ByFirstWord { get; }

    /// <summary>Spelled-out ordinals ("third"); numeric ones ("101st") are recognised by their form.</summary>
    internal FrozenSet<string> Ordinals { get; }

    /// <summary>Capitalised words that end a name to the left or right ("The", "Sunday").</summary>
    internal FrozenSet<string> NotName { get; }

    /// <summary>Words before a place that make a lower-case facility word after it a description ("a Paris hospital").</summary>
    internal FrozenSet<string> Description { get; }

    public int Count => ByFirstWord.Values.Sum(r => r.Length);

    public static LexiconLoad<EntityRules> Load(string name, string content)
    {
        LexiconParseResult parsed = LexiconFile.Parse(name, content, Kinds);
        if (parsed.Lexicon is null) return new(null, parsed.Problems);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var rules = new List<EntityRule>();
        foreach (LexiconEntry e in parsed.Lexicon.Entries)
        {
            EntityRuleKind? kind = e.Kind switch
            {
                "after-name" => EntityRuleKind.AfterName,
                "after-ordinal" => EntityRuleKind.AfterOrdinal,
                "before-name" => EntityRuleKind.BeforeName,
                "weapon" => EntityRuleKind.Weapon,
                _ => null,
            };
            if (kind is null)
            {
                if (e.Value.Length > 0) problems.Add(LexiconFile.Bad(name, e.Line, $"{e.Kind} '{e.Phrase}' takes no label"));
                continue;
            }
            if (!RuleLabels.Contains(e.Value))
            {
                problems.Add(LexiconFile.Bad(name, e.Line, $"{e.Kind} '{e.Phrase}' needs a label, FAC, MILITARY_UNIT or WEAPON, not '{e.Value}'"));
                continue;
            }
            ImmutableArray<string> words = [.. e.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
            rules.Add(new EntityRule(kind.Value, words, e.Value));
        }
        if (problems.Count > 0) return new(null, problems.ToImmutable());
        return new(new EntityRules(rules, parsed.Lexicon.OfKind("ordinal").Select(e => e.Phrase), parsed.Lexicon.OfKind("not-name").Select(e => e.Phrase),
            parsed.Lexicon.OfKind("description").Select(e => e.Phrase)), []);
    }
}

/// <summary>Where a rule's phrase stands to the name it marks.</summary>
internal enum EntityRuleKind
{
    /// <summary>After its name: "Bamako Airport", "Kabul airport", "Azov Battalion".</summary>
    AfterName,

    /// <summary>After an ordinal and optional capitalised words: "3rd Infantry Division", "Third Army".</summary>
    AfterOrdinal,

    /// <summary>Capitalised, before a capitalised name or a number: "Camp Bastion", "Brigade 313".</summary>
    BeforeName,

    /// <summary>The phrase is the mention, in any case: "AK-47", "rocket-propelled grenades", "Shahed drones".</summary>
    Weapon,
}

/// <summary>One rule: its phrase as lower-case words, and the label of the mentions it makes.</summary>
internal sealed record EntityRule(EntityRuleKind Kind, ImmutableArray<string> Words, string Label);
