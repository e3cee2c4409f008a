using System.Collections.Immutable;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Numbers;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Events.Extraction;

/// <summary>
/// The event extraction stage: finds triggers from the lexicon sentence by sentence, drops negated,
/// hypothetical and denied ones, types each by ACLED's rules, attaches date, place, actors, toll and
/// claims from the earlier layers, flags background and aggregate reports, and merges mentions of
/// one incident. Places, actors and sentences are used when their stages ran, and not required.
/// </summary>
public sealed class EventExtractor : IPipelineStage
{
    private readonly TriggerFinder _triggers;
    private readonly EventBuilder _builder;
    private readonly DefaultActors _defaults;
    private readonly ActorDictionary? _actors;
    private readonly EventCues _cues;

    /// <param name="actors">The actor dictionary, used to name unnamed attackers and victims ("Unidentified Armed Group (Mali)"); optional.</param>
    public EventExtractor(EventExtractorOptions? options = null, TriggerLexicon? triggers = null, EventCues? cues = null, ActorDictionary? actors = null)
    {
        _defaults = new DefaultActors(actors);
        _actors = actors;
        Options = options ?? EventExtractorOptions.Default;
        EventCues c = cues ?? EventCues.Default;
        _cues = c;
        _triggers = new TriggerFinder(triggers ?? TriggerLexicon.Default, c);
        _builder = new EventBuilder(c);
    }

    public EventExtractorOptions Options { get; }

    public string Name => "events";
    public IReadOnlyList<ILayerKey> Requires => [ParagraphSplitter.Layer, TemporalTagger.Layer, QuantityTagger.Layer];
    public IReadOnlyList<ILayerKey> Produces => [EventLayers.Events];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.With(EventLayers.Events, Extract(document, cancellationToken));
    }

    /// <summary>The events of a document that has at least the layers in <see cref="Requires"/>.</summary>
    public ImmutableArray<ConflictEvent> Extract(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentView view = LayerReader.Read(document);
        view = view with { Actors = PossessiveForces.Recode(view, _cues, _actors) };
        view = StrikeOwners.Recode(view, _actors);
        view = MetonymicPlaces.Drop(view);
        ImmutableArray<TriggerHit> hits = _triggers.Find(view.Text, view.Sentences, view.Syntax, cancellationToken);
        IReadOnlyList<ConflictEvent> events = EventMerger.Merge(_builder.Build(view, hits));
        string prefix = document.Id.ToString();
        return [.. events
            .Where(e => (Options.IncludeBackground || !e.Background) && (Options.IncludeAggregates || !e.Aggregate))
            .Select((e, i) => _defaults.Fill(e) with { Id = $"{prefix}-e{i + 1}" })];
    }
}
