namespace Sitrep.Events.Extraction;

/// <summary>An event read from one sentence, before mentions of the same incident are merged.</summary>
internal sealed record EventDraft(ConflictEvent Event, TriggerHit Hit, bool OwnDate, bool OwnPlace)
{
    public bool OnlyAddsFacts => Hit.Entry.OnlyAddsFacts;
    public int Priority => Hit.Entry.Priority;
}
