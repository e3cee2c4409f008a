using System.Collections.Immutable;

namespace Sitrep.Actors;

/// <summary>What the loader hands the dictionary: validated records and the tries built from them.</summary>
internal sealed record ActorDictionaryParts(
    string Version,
    ImmutableArray<Actor> Actors,
    ImmutableArray<CountryInfo> Countries,
    ImmutableArray<ActorTemplate> Templates,
    ImmutableArray<RegimePeriod> Regimes,
    ImmutableArray<ActorRelation> Relations,
    ImmutableArray<ForceNoun> ForceNouns,
    ImmutableArray<AliasEntry> AliasEntries,
    ImmutableArray<AliasRule> AliasRules,
    PhraseTrie<AliasEntry> AliasTrie,
    PhraseTrie<CountryWord> CountryTrie,
    PhraseTrie<ForceNoun> NounTrie,
    PhraseTrie<ForceNoun> AnaphorTrie);
