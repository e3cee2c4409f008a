namespace Sitrep.Time;

/// <summary>The tense of the verb governing a temporal expression, as far as nearby words tell.</summary>
public enum Tense
{
    Unknown,
    Past,
    Future,
}
